import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// Glacier, DynamoDB, EC2, IAM and CloudFormation customizations. Expected values: botocore 1.43
/// in python3 (`botocore.utils.calculate_tree_hash` / `calculate_sha256`, the headers it sent for
/// the same calls, `zlib.crc32` for DynamoDB's `x-amz-crc32`).
@Suite struct ServiceCustomizationTests {
    /// `bytes(i % 251 for i in range(n))`.
    static func pattern(_ count: Int) -> Data { Data((0..<count).map { UInt8($0 % 251) }) }

    @Test func glacierTreeHashMatchesBotocore() {
        #expect(GlacierTreeHash.hexDigest(of: Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(GlacierTreeHash.hexDigest(of: Self.pattern(2_621_440)) == "9b2474f7359f1464535323bfcd3254903843f74cd482d4b35b8e039bcc88c5bf")
        #expect(GlacierTreeHash.hexDigest(of: Self.pattern(3_145_728)) == "2e7d51c0ffe06ce95fe74beed9a4ab35d18837f4ab2a9f4f066a60359eb999a1")
    }

    @Test func glacierUploadArchiveHeaders() async throws {
        let transport = StubTransport(responses: [CustomizationTests.json("{}")])
        let glacier = try CustomizationTests.client("glacier", transport: transport)
        _ = try await glacier.call("UploadArchive", ["vaultName": "v", "body": .blob(Self.pattern(2_621_440))])
        let request = try #require(transport.requests.first)
        #expect(request.url.path == "/-/vaults/v/archives")
        #expect(request.headers["x-amz-glacier-version"] == "2012-06-01")
        #expect(request.headers["x-amz-content-sha256"] == "35aeff7e048974ee23c365c8faf6bcb868ca0529c69309a00f6cde98bfbf89ce")
        #expect(request.headers["x-amz-sha256-tree-hash"] == "9b2474f7359f1464535323bfcd3254903843f74cd482d4b35b8e039bcc88c5bf")
    }

    @Test func glacierSmallBodyAndCallerChecksum() async throws {
        let transport = StubTransport(responses: [CustomizationTests.json("{}")])
        let glacier = try CustomizationTests.client("glacier", transport: transport)
        _ = try await glacier.call("UploadArchive", ["vaultName": "v", "body": .blob(Data("hello world".utf8))])
        _ = try await glacier.call("UploadMultipartPart", ["accountId": "123456789012", "vaultName": "v", "uploadId": "u",
                                                           "range": "bytes 0-10/*", "checksum": "given",
                                                           "body": .blob(Data("hello world".utf8))])
        let requests = transport.requests
        let hello = "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"
        #expect(requests[0].headers["x-amz-content-sha256"] == hello)
        #expect(requests[0].headers["x-amz-sha256-tree-hash"] == hello)
        #expect(requests[1].url.path == "/123456789012/vaults/v/multipart-uploads/u")
        #expect(requests[1].headers.values(for: "x-amz-sha256-tree-hash") == ["given"])
        #expect(requests[1].headers["x-amz-content-sha256"] == hello)
    }

    static let tableBody = #"{"Table":{"TableName":"t"}}"#

    @Test func dynamoDBGoodCRC32Passes() async throws {
        let transport = StubTransport(responses: [CustomizationTests.json(Self.tableBody, headers: [("x-amz-crc32", "164489418")])])
        let ddb = try CustomizationTests.client("dynamodb", transport: transport)
        let output = try await ddb.call("DescribeTable", ["TableName": "t"])
        #expect(output["Table"]?["TableName"]?.string == "t")
    }

    @Test func dynamoDBBadCRC32IsRetriedThenThrows() async throws {
        let transport = StubTransport(responses: [CustomizationTests.json(Self.tableBody, headers: [("x-amz-crc32", "1")])])
        let ddb = try CustomizationTests.client("dynamodb", transport: transport)
        let error = await #expect(throws: ResponseChecksumError.self) {
            _ = try await ddb.call("DescribeTable", ["TableName": "t"])
        }
        #expect(error?.isRetryable == true)
        #expect(error?.actual == "164489418")
        #expect(transport.requests.count > 1)
    }

    @Test func dynamoDBBadCRC32RecoversOnRetry() async throws {
        let transport = StubTransport(responses: [CustomizationTests.json(Self.tableBody, headers: [("x-amz-crc32", "1")]),
                                                  CustomizationTests.json(Self.tableBody, headers: [("x-amz-crc32", "164489418")])])
        let ddb = try CustomizationTests.client("dynamodb", transport: transport)
        let output = try await ddb.call("DescribeTable", ["TableName": "t"])
        #expect(output["ResponseMetadata"]?["RetryAttempts"]?.int == 1)
    }

    @Test func describeEndpointsSendsTheAPIVersion() async throws {
        let transport = StubTransport(responses: [CustomizationTests.json(#"{"Endpoints":[]}"#)])
        let ddb = try CustomizationTests.client("dynamodb", transport: transport)
        _ = try await ddb.call("DescribeEndpoints")
        _ = try await ddb.call("ListTables")
        #expect(transport.requests[0].headers["x-amz-api-version"] == "2012-08-10")
        #expect(transport.requests[1].headers["x-amz-api-version"] == nil)
    }

    @Test func ec2UserDataIsBase64Encoded() async throws {
        let transport = StubTransport(responses: [CustomizationTests.response(body: "<RunInstancesResponse/>")])
        let ec2 = try CustomizationTests.client("ec2", transport: transport)
        _ = try await ec2.call("RunInstances", ["ImageId": "ami", "MinCount": 1, "MaxCount": 1, "UserData": "#!/bin/sh\necho hi"])
        // botocore sent UserData=IyEvYmluL3NoCmVjaG8gaGk%3D
        #expect(transport.requests.first?.bodyText.contains("UserData=IyEvYmluL3NoCmVjaG8gaGk%3D") == true)
    }

    @Test func ec2ConsoleOutputIsDecoded() async throws {
        let body = "<GetConsoleOutputResponse><instanceId>i-1</instanceId><output>aGVsbG8gY29uc29sZQ==</output></GetConsoleOutputResponse>"
        let transport = StubTransport(responses: [CustomizationTests.response(body: body)])
        let ec2 = try CustomizationTests.client("ec2", transport: transport)
        let output = try await ec2.call("GetConsoleOutput", ["InstanceId": "i-1"])
        #expect(output["Output"]?.string == "hello console")
    }

    @Test func iamPolicyDocumentsAreDecoded() async throws {
        let encoded = "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%5D%7D"
        let body = """
            <GetRoleResponse><GetRoleResult><Role><Path>/</Path><RoleName>r</RoleName><RoleId>id</RoleId>\
            <Arn>arn:aws:iam::123456789012:role/r</Arn><CreateDate>2024-01-01T00:00:00Z</CreateDate>\
            <AssumeRolePolicyDocument>\(encoded)</AssumeRolePolicyDocument></Role></GetRoleResult></GetRoleResponse>
            """
        let transport = StubTransport(responses: [CustomizationTests.response(body: body)])
        let iam = try CustomizationTests.client("iam", transport: transport)
        let output = try await iam.call("GetRole", ["RoleName": "r"])
        #expect(output["Role"]?["AssumeRolePolicyDocument"] == ["Version": "2012-10-17", "Statement": []])
    }

    @Test func cloudFormationJSONTemplateIsDecoded() async throws {
        let json = "<GetTemplateResponse><GetTemplateResult><TemplateBody>{&quot;Resources&quot;:{}}</TemplateBody></GetTemplateResult></GetTemplateResponse>"
        let yaml = "<GetTemplateResponse><GetTemplateResult><TemplateBody>Resources: {}</TemplateBody></GetTemplateResult></GetTemplateResponse>"
        let transport = StubTransport(responses: [CustomizationTests.response(body: json), CustomizationTests.response(body: yaml)])
        let cfn = try CustomizationTests.client("cloudformation", transport: transport)
        #expect(try await cfn.call("GetTemplate", ["StackName": "s"])["TemplateBody"] == ["Resources": [:]])
        #expect(try await cfn.call("GetTemplate", ["StackName": "s"])["TemplateBody"] == "Resources: {}")
    }
}
