import Foundation
import Testing
@testable import AWSClients

/// Secrets Manager (json 1.1) against moto: string and binary secrets, versions and their stages,
/// idempotency tokens filled in, the ListSecrets paginator, ResourceNotFoundException, and a
/// differential run against boto3.
@Suite struct SecretsManagerIntegrationTests {
    @Test func rotatesAStringSecretThroughItsVersionStages() async throws {
        let secrets = try await Moto.client("secretsmanager")
        let name = "app/" + Moto.uniqueName("db") + "/password"
        let created = try await secrets.createSecret(Name: .string(name), Description: "database password",
                                                     SecretString: #"{"user":"admin","password":"s3cr3t"}"#,
                                                     Tags: [["Key": "env", "Value": "test"]])
        let arn = try #require(created["ARN"]?.string)
        #expect(arn.hasPrefix("arn:aws:secretsmanager:us-east-1:123456789012:secret:\(name)-"))
        #expect(created["Name"]?.string == name)
        // ClientRequestToken is an idempotency token: the SDK sends a UUID, which becomes the version id.
        let firstVersion = try #require(created["VersionId"]?.string)
        #expect(UUID(uuidString: firstVersion) != nil)

        let put = try await secrets.putSecretValue(SecretId: .string(name), SecretString: #"{"user":"admin","password":"n3w"}"#)
        let secondVersion = try #require(put["VersionId"]?.string)
        #expect(secondVersion != firstVersion)
        #expect(put["VersionStages"] == ["AWSCURRENT"])

        let current = try await secrets.getSecretValue(SecretId: .string(arn))
        #expect(current["SecretString"]?.string == #"{"user":"admin","password":"n3w"}"#)
        #expect(current["VersionId"]?.string == secondVersion)
        #expect(current["CreatedDate"]?.date != nil)
        let previous = try await secrets.getSecretValue(SecretId: .string(name), VersionStage: "AWSPREVIOUS")
        #expect(previous["SecretString"]?.string == #"{"user":"admin","password":"s3cr3t"}"#)
        #expect(previous["VersionId"]?.string == firstVersion)

        let described = try await secrets.describeSecret(SecretId: .string(name))
        #expect(described["Description"] == "database password")
        #expect(described["Tags"] == [["Key": "env", "Value": "test"]])
        #expect(described["VersionIdsToStages"] == .map([firstVersion: ["AWSPREVIOUS"], secondVersion: ["AWSCURRENT"]]))
        #expect(described["LastChangedDate"]?.date != nil)

        let deleted = try await secrets.deleteSecret(SecretId: .string(name), ForceDeleteWithoutRecovery: true)
        #expect(deleted["DeletionDate"]?.date != nil)
        let gone = try #require(try await Moto.clientError { _ = try await secrets.getSecretValue(SecretId: .string(name)) })
        #expect(gone.code == "ResourceNotFoundException")
        #expect(gone.statusCode == 404)
        #expect(gone.message == "Secrets Manager can't find the specified secret.")
    }

    @Test func binarySecretsKeepEveryByte() async throws {
        let secrets = try await Moto.client("secretsmanager")
        let name = Moto.uniqueName("certificate")
        let bytes = Data((0...255).map(UInt8.init).reversed())
        _ = try await secrets.createSecret(Name: .string(name), SecretBinary: .blob(bytes))
        let got = try await secrets.getSecretValue(SecretId: .string(name))
        #expect(got["SecretBinary"]?.data == bytes)
        #expect(got["SecretString"] == nil)
        _ = try await secrets.deleteSecret(SecretId: .string(name), ForceDeleteWithoutRecovery: true)
    }

    @Test func listSecretsPagesThroughAFilteredPrefix() async throws {
        let secrets = try await Moto.client("secretsmanager")
        let prefix = Moto.uniqueName("list")
        let names = (0..<5).map { "\(prefix)/secret-\($0)" }
        for name in names { _ = try await secrets.createSecret(Name: .string(name), SecretString: .string(name)) }
        var pages: [[String]] = []
        for try await page in secrets.paginator("listSecrets").paginate(Filters: [["Key": "name", "Values": [.string(prefix)]]],
                                                                        PaginationConfig: ["PageSize": 2]) {
            pages.append(page["SecretList"]?.array?.compactMap { $0["Name"]?.string } ?? [])
        }
        #expect(pages.map(\.count) == [2, 2, 1])
        #expect(pages.flatMap { $0 }.sorted() == names)

        let limited = try await secrets.paginator("listSecrets").paginate(Filters: [["Key": "name", "Values": [.string(prefix)]]],
                                                                          PaginationConfig: ["PageSize": 2, "MaxItems": 3]).fullResult()
        #expect(limited["SecretList"]?.array?.count == 3)
        #expect(limited["NextToken"]?.string?.isEmpty == false)
        for name in names { _ = try await secrets.deleteSecret(SecretId: .string(name), ForceDeleteWithoutRecovery: true) }
    }

    @Test func matchesBoto3() async throws {
        let binary = Data([0, 1, 2, 0xfe, 0xff])
        let outcome = try await Boto3Replay.compare { prefix in [
            ReplayCall("secretsmanager", "CreateSecret", ["Name": .string("\(prefix)/text"), "SecretString": "first ü",
                                                          "Tags": [["Key": "run", "Value": .string(prefix)]]],
                       volatile: ["ARN", "VersionId"]),
            ReplayCall("secretsmanager", "CreateSecret", ["Name": .string("\(prefix)/binary"), "SecretBinary": .blob(binary)],
                       volatile: ["ARN", "VersionId"]),
            ReplayCall("secretsmanager", "PutSecretValue", ["SecretId": .string("\(prefix)/text"), "SecretString": "second"],
                       volatile: ["ARN", "VersionId"]),
            ReplayCall("secretsmanager", "GetSecretValue", ["SecretId": .string("\(prefix)/text"), "VersionStage": "AWSPREVIOUS"],
                       volatile: ["ARN", "VersionId"]),
            ReplayCall("secretsmanager", "GetSecretValue", ["SecretId": .string("\(prefix)/binary")], volatile: ["ARN", "VersionId"]),
            ReplayCall("secretsmanager", "DescribeSecret", ["SecretId": .string("\(prefix)/text")],
                       volatile: ["ARN", "VersionIdsToStages"]),
            ReplayCall("secretsmanager", "ListSecrets", ["Filters": [["Key": "name", "Values": [.string(prefix)]]]],
                       pagination: ["PageSize": 1], volatile: ["[].SecretList[].ARN", "[].SecretList[].SecretVersionsToStages", "[].NextToken"]),
            ReplayCall("secretsmanager", "GetSecretValue", ["SecretId": .string("\(prefix)/missing")]),
            ReplayCall("secretsmanager", "DeleteSecret", ["SecretId": .string("\(prefix)/text"), "ForceDeleteWithoutRecovery": true],
                       volatile: ["ARN"]),
            ReplayCall("secretsmanager", "DeleteSecret", ["SecretId": .string("\(prefix)/binary"), "ForceDeleteWithoutRecovery": true],
                       volatile: ["ARN"]),
        ] }
        #expect(outcome.differences.isEmpty, "Swift differs from boto3:\n\(outcome.differences.joined(separator: "\n"))")
        #expect(outcome.boto3[3]["SecretString"] == "first ü")
        #expect(outcome.boto3[4]["SecretBinary"] == ["$blob": .string(binary.base64EncodedString())])
        #expect(outcome.boto3[6].array?.count == 2)
        #expect(outcome.boto3[7]["$error"]?["Error"]?["Code"] == "ResourceNotFoundException")
    }
}
