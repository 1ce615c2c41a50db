import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// Presigned URLs compared with botocore's for the same inputs, credentials and frozen time
/// (see `PresignFixtures` for how the expected URLs were made).
@Suite struct PresignedURLTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        var service = "s3"
        var region = "us-west-2"
        var token: String?
        var endpointURL: String?
        var config: Config?
        let operation: String
        var params: Document = [:]
        var expiresIn = 3600
        var httpMethod: String?
        let expected: String
        var testDescription: String { name }
    }

    static let pathStyle = Config(s3: S3Config(addressingStyle: .path))

    static let cases: [Case] = [
        Case(name: "S3 GetObject, virtual-hosted at the global endpoint, session token", token: PresignFixtures.token,
             operation: "get_object", params: ["Bucket": "photos", "Key": "2024/a b+c.jpg"],
             expected: "https://photos.s3.amazonaws.com/2024/a%20b%2Bc.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260517%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20260517T123456Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Security-Token=FQoGZXIvYXdzEXAMPLE%2Ftoken%2B%3D%3D&X-Amz-Signature=4e28f722960b98f7ea5c4a4c60d5f9350dafdf7572dc310ddb559e51d51f3947"),
        Case(name: "S3 GetObject in us-east-1 with a query parameter", region: "us-east-1",
             operation: "GetObject", params: ["Bucket": "photos", "Key": "k", "ResponseContentType": "text/plain"], expiresIn: 900,
             expected: "https://photos.s3.amazonaws.com/k?response-content-type=text%2Fplain&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260517%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260517T123456Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=f1aca704b7670aa7d5bb6c908aaec000f03ccd70537c86c59051c7a6fefa1e45"),
        Case(name: "S3 PutObject, path style, session token, signed Content-Type", token: PresignFixtures.token, config: pathStyle,
             operation: "putObject", params: ["Bucket": "photos", "Key": "up/load.txt", "ContentType": "text/plain"],
             expiresIn: 600, httpMethod: "PUT",
             expected: "https://s3.us-west-2.amazonaws.com/photos/up/load.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260517%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20260517T123456Z&X-Amz-Expires=600&X-Amz-SignedHeaders=content-type%3Bhost&X-Amz-Security-Token=FQoGZXIvYXdzEXAMPLE%2Ftoken%2B%3D%3D&X-Amz-Signature=555a9f75e56f6c3338d7c9f04021ecd558d05c9338ad0e79e107b8c8eaebf2f3"),
        Case(name: "S3 PutObject at an endpoint URL (path style)", endpointURL: "http://127.0.0.1:5000",
             operation: "put_object", params: ["Bucket": "photos", "Key": "k"], expiresIn: 600,
             expected: "http://127.0.0.1:5000/photos/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260517%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20260517T123456Z&X-Amz-Expires=600&X-Amz-SignedHeaders=host&X-Amz-Signature=20db32c1f2e3dd005fc72eadff64d157e203981a926aabac16d978141c2ce8fe"),
        Case(name: "S3 bucket with dots: regional path style",
             operation: "getObject", params: ["Bucket": "my.photos", "Key": "k"], expiresIn: 60,
             expected: "https://s3.us-west-2.amazonaws.com/my.photos/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260517%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20260517T123456Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host&X-Amz-Signature=7617f70d0b8c0b713bc9dc6c108f7bc27c6b4beef07503baeb055233805a9832"),
        Case(name: "STS GetCallerIdentity (query protocol: form body moved into the query)", service: "sts", region: "eu-west-1",
             token: PresignFixtures.token, operation: "get_caller_identity", expiresIn: 300,
             expected: "https://sts.eu-west-1.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260517%2Feu-west-1%2Fsts%2Faws4_request&X-Amz-Date=20260517T123456Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Security-Token=FQoGZXIvYXdzEXAMPLE%2Ftoken%2B%3D%3D&X-Amz-Signature=4e9b20e078981c59f0d8fe27170a9ce83d6ebf3b9e760936c7037c190d5dc266"),
        Case(name: "SQS ListQueues (JSON protocol: body members moved into the query)", service: "sqs",
             operation: "listQueues", params: ["QueueNamePrefix": "a b", "MaxResults": 10], expiresIn: 120,
             expected: "https://sqs.us-west-2.amazonaws.com/?QueueNamePrefix=a%20b&MaxResults=10&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260517%2Fus-west-2%2Fsqs%2Faws4_request&X-Amz-Date=20260517T123456Z&X-Amz-Expires=120&X-Amz-SignedHeaders=content-type%3Bhost%3Bx-amz-target%3Bx-amzn-query-mode&X-Amz-Signature=cb9db3bd360522c9618a99429fa3e04bf610070fd9d1f60838f1e6cbc2c41781"),
        Case(name: "IAM ListUsers (global service signed for us-east-1)", service: "iam", operation: "ListUsers",
             expected: "https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260517%2Fus-east-1%2Fiam%2Faws4_request&X-Amz-Date=20260517T123456Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=018403c774577476b55eb3441a9b777077d96f175eb47660a09387df511a424a"),
    ]

    @Test(arguments: cases)
    func matchesBotocore(_ testCase: Case) throws {
        let client = try PresignFixtures.client(testCase.service, region: testCase.region, token: testCase.token,
                                                endpointURL: testCase.endpointURL, config: testCase.config)
        let url = try client.generatePresignedURL(testCase.operation, params: testCase.params, expiresIn: testCase.expiresIn,
                                                  httpMethod: testCase.httpMethod, date: PresignFixtures.date)
        #expect(url.absoluteString == testCase.expected, "\(testCase.name)")
    }

    @Test func publicEntryPointSignsNow() throws {
        let client = try PresignFixtures.client("s3")
        let before = TimestampFormat.amzDate(Date())
        let url = try client.generatePresignedURL("getObject", params: ["Bucket": "photos", "Key": "k"])
        let after = TimestampFormat.amzDate(Date())
        let query = url.query ?? ""
        #expect(query.contains("X-Amz-Expires=3600"))
        #expect(query.contains("X-Amz-Date=\(before)") || query.contains("X-Amz-Date=\(after)"), "\(query)")
    }

    @Test func unknownOperationSuggestsNames() throws {
        let client = try PresignFixtures.client("s3")
        let error = #expect(throws: UnknownOperationError.self) {
            try client.generatePresignedURL("getObjekt", params: ["Bucket": "b", "Key": "k"])
        }
        #expect(error?.description.contains("Did you mean: getObject") == true, "\(String(describing: error))")
    }

    @Test func parametersAreValidated() throws {
        let client = try PresignFixtures.client("s3")
        #expect(throws: ParamValidationError.self) {
            try client.generatePresignedURL("getObject", params: ["Bucket": "b"])
        }
    }

    @Test func credentialsThatMustBeAwaitedAreReportedClearly() throws {
        // No explicit keys, nothing in the environment or files: the chain would have to ask
        // containers or instance metadata, which presigning cannot wait for.
        let session = try Session(region: "us-west-2", environment: TestClients.environment,
                                  transport: StubTransport { _ in HTTPResponse(statusCode: 500) })
        let client = try session.client("s3")
        let error = #expect(throws: PresigningError.self) {
            try client.generatePresignedURL("getObject", params: ["Bucket": "b", "Key": "k"])
        }
        #expect(error?.code == .credentialsNotResolved)
        #expect(error?.message.contains("session.credentials()") == true)
    }

    @Test func environmentKeysAreReadWithoutWaiting() throws {
        let environment = TestClients.environment.merging(["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "secret",
                                                           "AWS_SESSION_TOKEN": "envtoken"]) { $1 }
        let session = try Session(region: "us-west-2", environment: environment, transport: StubTransport { _ in HTTPResponse(statusCode: 500) })
        let url = try session.client("s3").generatePresignedURL("getObject", params: ["Bucket": "b", "Key": "k"])
        #expect(url.query?.contains("X-Amz-Credential=AKIDENV%2F") == true)
        #expect(url.query?.contains("X-Amz-Security-Token=envtoken") == true)
    }

    @Test func sharedCredentialsFileKeysAreReadWithoutWaiting() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("presign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("credentials")
        try Data("[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = secret\n".utf8).write(to: file)
        let environment = ["AWS_CONFIG_FILE": "/nonexistent/aws-config", "AWS_SHARED_CREDENTIALS_FILE": file.path]
        let session = try Session(region: "us-west-2", environment: environment, transport: StubTransport { _ in HTTPResponse(statusCode: 500) })
        let url = try session.client("s3").generatePresignedURL("getObject", params: ["Bucket": "b", "Key": "k"])
        #expect(url.query?.contains("X-Amz-Credential=AKIDFILE%2F") == true)
    }

    @Test func assumeRoleProfilesNeedResolvedCredentialsFirst() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("presign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("config")
        try Data("[default]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = base\n[profile base]\naws_access_key_id = A\naws_secret_access_key = S\n".utf8)
            .write(to: config)
        let credentials = folder.appendingPathComponent("credentials")
        try Data("[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = secret\n".utf8).write(to: credentials)
        let environment = ["AWS_CONFIG_FILE": config.path, "AWS_SHARED_CREDENTIALS_FILE": credentials.path]
        let session = try Session(region: "us-west-2", environment: environment, transport: StubTransport { _ in HTTPResponse(statusCode: 500) })
        // The chain would assume the role before reading the credentials file's keys, so those must not be used.
        let error = #expect(throws: PresigningError.self) {
            try session.client("s3").generatePresignedURL("getObject", params: ["Bucket": "b", "Key": "k"])
        }
        #expect(error?.code == .credentialsNotResolved)
    }

    @Test func credentialsResolvedOnceAreReusedWithoutWaiting() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("presign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("config")
        try Data("[default]\ncredential_process = /bin/echo '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\", \"SecretAccessKey\": \"s\"}'\n".utf8)
            .write(to: config)
        let environment = ["AWS_CONFIG_FILE": config.path, "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/aws-credentials"]
        let session = try Session(region: "us-west-2", environment: environment, transport: StubTransport { _ in HTTPResponse(statusCode: 500) })
        let client = try session.client("s3")
        let error = #expect(throws: PresigningError.self) {
            try client.generatePresignedURL("getObject", params: ["Bucket": "b", "Key": "k"])
        }
        #expect(error?.code == .credentialsNotResolved)
        #expect(try await session.credentials().accessKeyID == "AKIDPROC")
        let url = try client.generatePresignedURL("getObject", params: ["Bucket": "b", "Key": "k"])
        #expect(url.query?.contains("X-Amz-Credential=AKIDPROC%2F") == true)
    }
}
