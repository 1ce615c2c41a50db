import Foundation
import Testing
@testable import AWSClients

/// ECR (json 1.1) against moto: repositories and image manifests, partial failures in batch
/// calls, timestamps, a base64 authorization token, the ImageScanComplete waiter, modeled errors,
/// and a differential run against boto3.
@Suite struct ECRIntegrationTests {
    /// A Docker image manifest (schema 2) with one layer.
    static let manifest = """
        {"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json",\
        "config":{"mediaType":"application/vnd.docker.container.image.v1+json","size":7023,"digest":"sha256:\(String(repeating: "a", count: 64))"},\
        "layers":[{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","size":32654,"digest":"sha256:\(String(repeating: "b", count: 64))"}]}
        """

    @Test func pushesDescribesScansAndDeletesImages() async throws {
        let ecr = try await Moto.client("ecr")
        let name = "team/" + Moto.uniqueName("service")
        let created = try await ecr.createRepository(repositoryName: .string(name), imageTagMutability: "IMMUTABLE",
                                                     imageScanningConfiguration: ["scanOnPush": true],
                                                     tags: [["Key": "team", "Value": "sdk"]])
        let repository = try #require(created["repository"])
        #expect(repository["repositoryUri"]?.string == "123456789012.dkr.ecr.us-east-1.amazonaws.com/\(name)")
        #expect(repository["repositoryArn"]?.string == "arn:aws:ecr:us-east-1:123456789012:repository/\(name)")
        #expect(repository["imageTagMutability"] == "IMMUTABLE")
        let createdAt = try #require(repository["createdAt"]?.date)
        #expect(abs(createdAt.timeIntervalSinceNow) < 120)

        let pushed = try await ecr.putImage(repositoryName: .string(name), imageManifest: .string(Self.manifest), imageTag: "v1")
        let digest = try #require(pushed["image"]?["imageId"]?["imageDigest"]?.string)
        #expect(digest.hasPrefix("sha256:") && digest.count == 71)
        #expect(pushed["image"]?["imageManifest"]?.string == Self.manifest)
        _ = try await ecr.putImage(repositoryName: .string(name), imageManifest: .string(Self.manifest), imageTag: "latest")
        // The repository is immutable: the same tag cannot be pushed twice.
        let again = try #require(try await Moto.clientError {
            _ = try await ecr.putImage(repositoryName: .string(name), imageManifest: .string(Self.manifest), imageTag: "v1")
        })
        #expect(again.code == "ImageAlreadyExistsException")
        #expect(again.statusCode == 400)

        let details = try await ecr.describeImages(repositoryName: .string(name))["imageDetails"]?.array ?? []
        #expect(details.count == 1)
        #expect(details.first?["imageTags"]?.array?.compactMap(\.string).sorted() == ["latest", "v1"])
        #expect(details.first?["imageSizeInBytes"]?.int == 7023)
        #expect(details.first?["imagePushedAt"]?.date != nil)

        let batch = try await ecr.batchGetImage(repositoryName: .string(name), imageIds: [["imageTag": "v1"], ["imageTag": "v9"]])
        #expect(batch["images"]?[0]?["imageManifest"]?.string == Self.manifest)
        #expect(batch["failures"] == [["imageId": ["imageTag": "v9"], "failureCode": "ImageNotFound",
                                       "failureReason": "Requested image not found"]])

        _ = try await ecr.startImageScan(repositoryName: .string(name), imageId: ["imageTag": "v1"])
        #expect(ecr.waiterNames.contains("imageScanComplete"))
        let scan = try await ecr.waiter("imageScanComplete").wait(repositoryName: .string(name), imageId: ["imageTag": "v1"],
                                                                  WaiterConfig: ["Delay": 0, "MaxAttempts": 3])
        #expect(scan["imageScanStatus"]?["status"] == "COMPLETE")
        #expect(scan["imageScanFindings"]?["imageScanCompletedAt"]?.date != nil)

        let removed = try await ecr.batchDeleteImage(repositoryName: .string(name), imageIds: [["imageTag": "latest"]])
        #expect(removed["imageIds"]?[0]?["imageTag"] == "latest")
        _ = try await ecr.deleteRepository(repositoryName: .string(name), force: true)
        let gone = try #require(try await Moto.clientError { _ = try await ecr.describeRepositories(repositoryNames: [.string(name)]) })
        #expect(gone.code == "RepositoryNotFoundException")
        #expect(gone.message == "The repository with name '\(name)' does not exist in the registry with id '123456789012'")
    }

    @Test func authorizationTokensDecodeToDockerCredentials() async throws {
        let ecr = try await Moto.client("ecr")
        let token = try await ecr.getAuthorizationToken()
        let data = try #require(token["authorizationData"]?[0])
        let decoded = try #require(data["authorizationToken"]?.string.flatMap { Data(base64Encoded: $0) })
        #expect(String(decoding: decoded, as: UTF8.self).hasPrefix("AWS:"))
        #expect(data["proxyEndpoint"]?.string == "https://123456789012.dkr.ecr.us-east-1.amazonaws.com")
        #expect(data["expiresAt"]?.date != nil)
    }

    @Test func matchesBoto3() async throws {
        let outcome = try await Boto3Replay.compare { prefix in [
            ReplayCall("ecr", "CreateRepository", ["repositoryName": .string("\(prefix)/app"), "tags": [["Key": "run", "Value": .string(prefix)]]]),
            ReplayCall("ecr", "PutImage", ["repositoryName": .string("\(prefix)/app"), "imageManifest": .string(Self.manifest), "imageTag": "v1"]),
            ReplayCall("ecr", "ListImages", ["repositoryName": .string("\(prefix)/app")], pagination: ["PageSize": 10]),
            ReplayCall("ecr", "DescribeImages", ["repositoryName": .string("\(prefix)/app"), "imageIds": [["imageTag": "v1"]]]),
            ReplayCall("ecr", "BatchGetImage", ["repositoryName": .string("\(prefix)/app"), "imageIds": [["imageTag": "v1"], ["imageTag": "nope"]]]),
            ReplayCall("ecr", "GetAuthorizationToken", [:], exactTimestamps: true),
            ReplayCall("ecr", "ListTagsForResource", ["resourceArn": ReplayCall.ref(0, "repository.repositoryArn")]),
            ReplayCall("ecr", "DeleteRepository", ["repositoryName": .string("\(prefix)/app"), "force": true]),
            ReplayCall("ecr", "DescribeRepositories", ["repositoryNames": [.string("\(prefix)/app")]]),
        ] }
        #expect(outcome.differences.isEmpty, "Swift differs from boto3:\n\(outcome.differences.joined(separator: "\n"))")
        #expect(outcome.boto3[4]["failures"]?.array?.count == 1)
        #expect(outcome.boto3[8]["$error"]?["Error"]?["Code"] == "RepositoryNotFoundException")
    }
}
