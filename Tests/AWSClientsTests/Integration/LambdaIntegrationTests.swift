import Foundation
import Testing
@testable import AWSClients

/// Lambda (rest-json) against moto, without invoking (moto needs docker for that): a zip uploaded
/// as a blob, path parameters holding ARNs, query lists, status codes 201 and 204, waiters,
/// the function paginator, a modeled 404, and a differential run against boto3.
@Suite struct LambdaIntegrationTests {
    static let handler = Data("def handler(event, context):\n    return {\"echo\": event}\n".utf8)

    /// An IAM role Lambda accepts (moto checks that it exists).
    static func role(_ name: String) async throws -> String {
        let iam = try await Moto.client("iam")
        let policy = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
        let created = try await iam.createRole(RoleName: .string(name), AssumeRolePolicyDocument: .string(policy))
        return try #require(created["Role"]?["Arn"]?.string)
    }

    @Test func deploysConfiguresVersionsAndDeletesAFunction() async throws {
        let lambda = try await Moto.client("lambda")
        let name = Moto.uniqueName("fn")
        let role = try await Self.role(name + "-role")
        let zip = ZipArchive.stored([("handler.py", Self.handler)])

        let created = try await lambda.createFunction(
            FunctionName: .string(name), Runtime: "python3.12", Role: .string(role), Handler: "handler.handler",
            Code: ["ZipFile": .blob(zip)], Description: "echo", Timeout: 10, MemorySize: 256,
            Environment: ["Variables": ["STAGE": "test"]], Tags: ["team": "sdk"])
        let arn = "arn:aws:lambda:us-east-1:123456789012:function:\(name)"
        #expect(created["ResponseMetadata"]?["HTTPStatusCode"] == 201)
        #expect(created["FunctionArn"]?.string == arn)
        // The zip arrived byte for byte: moto reports its size and SHA-256.
        #expect(created["CodeSize"]?.int == zip.count)
        #expect(created["CodeSha256"]?.string == SHA256.hash(data: zip).base64String)
        #expect(created["Version"] == "$LATEST")
        #expect(created["Environment"] == ["Variables": ["STAGE": "test"]])

        #expect(lambda.waiterNames.contains("functionActiveV2"))
        let active = try await lambda.waiter("functionActiveV2").wait(FunctionName: .string(name), WaiterConfig: ["Delay": 0, "MaxAttempts": 2])
        #expect(active["Configuration"]?["State"] == "Active")
        let got = try await lambda.getFunction(FunctionName: .string(name))
        #expect(got["Configuration"]?["Handler"] == "handler.handler")
        #expect(got["Configuration"]?["MemorySize"] == 256)
        #expect(got["Tags"] == ["team": "sdk"])
        #expect(got["Code"]?["RepositoryType"] == "S3")

        let updated = try await lambda.updateFunctionConfiguration(FunctionName: .string(name), Timeout: 30,
                                                                   Environment: ["Variables": ["STAGE": "prod", "DEBUG": "0"]])
        #expect(updated["Timeout"] == 30)
        #expect(updated["Environment"]?["Variables"] == ["STAGE": "prod", "DEBUG": "0"])
        _ = try await lambda.waiter("functionUpdatedV2").wait(FunctionName: .string(name), WaiterConfig: ["Delay": 0, "MaxAttempts": 2])

        let newZip = ZipArchive.stored([("handler.py", Self.handler), ("VERSION", Data("2\n".utf8))])
        let published = try await lambda.updateFunctionCode(FunctionName: .string(name), ZipFile: .blob(newZip), Publish: true)
        #expect(published["Version"] == "1")
        #expect(published["CodeSha256"]?.string == SHA256.hash(data: newZip).base64String)
        let versions = try await lambda.listVersionsByFunction(FunctionName: .string(name))
        #expect(versions["Versions"]?.array?.compactMap { $0["Version"]?.string } == ["$LATEST", "1"])
        let alias = try await lambda.createAlias(FunctionName: .string(name), Name: "live", FunctionVersion: "1")
        #expect(alias["AliasArn"]?.string == arn + ":live")
        // A qualified ARN as a path parameter: its colons are percent-encoded in the URI.
        let viaAlias = try await lambda.getFunctionConfiguration(FunctionName: .string(arn + ":live"))
        #expect(viaAlias["Version"] == "1")
        #expect(viaAlias["CodeSize"]?.int == newZip.count)

        _ = try await lambda.deleteFunction(FunctionName: .string(name))
        let gone = try #require(try await Moto.clientError { _ = try await lambda.getFunction(FunctionName: .string(name)) })
        #expect(gone.code == "ResourceNotFoundException")
        #expect(gone.statusCode == 404)
        #expect(gone.message == "Function not found: \(arn)")
    }

    @Test func tagsByARNAndListsFunctionsThroughThePaginator() async throws {
        let lambda = try await Moto.client("lambda")
        let prefix = Moto.uniqueName("page")
        let role = try await Self.role(prefix + "-role")
        let zip = ZipArchive.stored([("handler.py", Self.handler)])
        var arns: [String] = []
        for index in 0..<3 {
            let created = try await lambda.createFunction(FunctionName: .string("\(prefix)-\(index)"), Runtime: "python3.12",
                                                          Role: .string(role), Handler: "handler.handler", Code: ["ZipFile": .blob(zip)])
            arns.append(try #require(created["FunctionArn"]?.string))
        }
        // Tags travel in the body, tag keys to remove in a repeated query parameter (?tagKeys=a&tagKeys=b).
        _ = try await lambda.tagResource(Resource: .string(arns[0]), Tags: ["a": "1", "b": "2", "c": "3"])
        let untagged = try await lambda.untagResource(Resource: .string(arns[0]), TagKeys: ["a", "b"])
        #expect(untagged["ResponseMetadata"]?["HTTPStatusCode"] == 204)
        #expect(try await lambda.listTags(Resource: .string(arns[0]))["Tags"] == ["c": "3"])

        var names: [String] = []
        for try await page in lambda.paginator("listFunctions").paginate(PaginationConfig: ["PageSize": 50]) {
            names += page["Functions"]?.array?.compactMap { $0["FunctionName"]?.string }.filter { $0.hasPrefix(prefix) } ?? []
        }
        #expect(names.sorted() == (0..<3).map { "\(prefix)-\($0)" })
        for index in 0..<3 { _ = try await lambda.deleteFunction(FunctionName: .string("\(prefix)-\(index)")) }
    }

    @Test func matchesBoto3() async throws {
        let zip = ZipArchive.stored([("handler.py", Self.handler)])
        let outcome = try await Boto3Replay.compare { prefix in [
            ReplayCall("iam", "CreateRole", ["RoleName": .string(prefix), "AssumeRolePolicyDocument": "{}"],
                       volatile: ["Role.RoleId"]),
            ReplayCall("lambda", "CreateFunction", [
                "FunctionName": .string(prefix), "Runtime": "python3.12", "Role": ReplayCall.ref(0, "Role.Arn"),
                "Handler": "handler.handler", "Code": ["ZipFile": .blob(zip)], "Timeout": 15,
                "Environment": ["Variables": ["KEY": "value with spaces & symbols=?"]], "Tags": ["run": .string(prefix)],
            ], volatile: ["LastModified"]),
            ReplayCall("lambda", "GetFunction", ["FunctionName": .string(prefix)], volatile: ["Configuration.LastModified", "Code.Location"]),
            ReplayCall("lambda", "UpdateFunctionConfiguration", ["FunctionName": .string(prefix), "MemorySize": 512, "Description": "ü ✓"],
                       volatile: ["LastModified"]),
            ReplayCall("lambda", "PublishVersion", ["FunctionName": .string(prefix), "Description": "first"], volatile: ["LastModified"]),
            ReplayCall("lambda", "ListVersionsByFunction", ["FunctionName": .string(prefix)], volatile: ["Versions[].LastModified"]),
            ReplayCall("lambda", "ListTags", ["Resource": ReplayCall.ref(1, "FunctionArn")]),
            ReplayCall("lambda", "GetFunction", ["FunctionName": .string(prefix), "Qualifier": "1"],
                       volatile: ["Configuration.LastModified", "Code.Location"]),
            ReplayCall("lambda", "AddPermission", ["FunctionName": .string(prefix), "StatementId": "s3", "Action": "lambda:InvokeFunction",
                                                   "Principal": "s3.amazonaws.com", "SourceArn": "arn:aws:s3:::bucket"]),
            ReplayCall("lambda", "GetPolicy", ["FunctionName": .string(prefix)], volatile: ["RevisionId"]),
            ReplayCall("lambda", "RemovePermission", ["FunctionName": .string(prefix), "StatementId": "s3"]),
            ReplayCall("lambda", "PutFunctionConcurrency", ["FunctionName": .string(prefix), "ReservedConcurrentExecutions": 3]),
            ReplayCall("lambda", "GetFunctionConcurrency", ["FunctionName": .string(prefix)]),
            ReplayCall("lambda", "DeleteFunction", ["FunctionName": .string(prefix)]),
            ReplayCall("lambda", "GetFunctionConfiguration", ["FunctionName": .string(prefix)]),
        ] }
        #expect(outcome.differences.isEmpty, "Swift differs from boto3:\n\(outcome.differences.joined(separator: "\n"))")
        #expect(outcome.boto3[1]["CodeSha256"]?.string == SHA256.hash(data: zip).base64String)
        #expect(outcome.boto3[5]["Versions"]?.array?.count == 2)
        #expect(outcome.boto3[7]["Configuration"]?["Version"] == "1")
        #expect(outcome.boto3[9]["Policy"]?.string?.contains("s3.amazonaws.com") == true)
        #expect(outcome.boto3[12]["ReservedConcurrentExecutions"] == 3)
        #expect(outcome.boto3[14]["$error"]?["Error"]?["Code"] == "ResourceNotFoundException")
    }
}
