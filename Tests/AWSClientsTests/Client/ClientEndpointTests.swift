import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// Endpoint resolution through the client: the URLs a stub transport receives, compared with
/// the URLs boto3 1.43.11 sends for the same calls.
@Suite struct ClientEndpointTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var service: String
        var region: String
        var endpointURL: String?
        var config: Config?
        var operation: String
        var params: Document
        var expectedURL: String
        var scope: String?
        var testDescription: String { "\(service) \(operation) in \(region) → \(expectedURL)" }
    }

    // Expected URLs printed by boto3 1.43.11 from a `before-send` hook (request.url), for the
    // same service, region, endpoint_url, Config and parameters.
    static let cases: [Case] = [
        Case(service: "s3", region: "us-west-2", operation: "put_object", params: ["Bucket": "my-bucket", "Key": "a b/c.txt"],
             expectedURL: "https://my-bucket.s3.us-west-2.amazonaws.com/a%20b/c.txt", scope: "us-west-2/s3"),
        Case(service: "s3", region: "us-east-1", operation: "put_object", params: ["Bucket": "my-bucket", "Key": "k"],
             expectedURL: "https://my-bucket.s3.amazonaws.com/k", scope: "us-east-1/s3"),
        Case(service: "s3", region: "us-west-2", config: Config(s3: S3Config(addressingStyle: .path)), operation: "put_object",
             params: ["Bucket": "my-bucket", "Key": "k"], expectedURL: "https://s3.us-west-2.amazonaws.com/my-bucket/k"),
        Case(service: "s3", region: "us-west-2", operation: "get_object", params: ["Bucket": "my.dotted.bucket", "Key": "k"],
             expectedURL: "https://s3.us-west-2.amazonaws.com/my.dotted.bucket/k"),
        Case(service: "s3", region: "us-west-2", endpointURL: "http://127.0.0.1:5000", operation: "get_object",
             params: ["Bucket": "my-bucket", "Key": "k"], expectedURL: "http://127.0.0.1:5000/my-bucket/k", scope: "us-west-2/s3"),
        Case(service: "s3", region: "us-west-2", endpointURL: "http://localhost.localstack.cloud:4566",
             config: Config(s3: S3Config(addressingStyle: .virtual)), operation: "get_object",
             params: ["Bucket": "my-bucket", "Key": "k"], expectedURL: "http://my-bucket.localhost.localstack.cloud:4566/k"),
        Case(service: "s3", region: "us-west-2", config: Config(useFIPSEndpoint: true), operation: "get_object",
             params: ["Bucket": "my-bucket", "Key": "k"], expectedURL: "https://my-bucket.s3-fips.us-west-2.amazonaws.com/k"),
        Case(service: "s3", region: "us-west-2", config: Config(useDualStackEndpoint: true), operation: "get_object",
             params: ["Bucket": "my-bucket", "Key": "k"], expectedURL: "https://my-bucket.s3.dualstack.us-west-2.amazonaws.com/k"),
        Case(service: "s3", region: "us-west-2", config: Config(s3: S3Config(useDualstackEndpoint: true)), operation: "list_buckets",
             params: [:], expectedURL: "https://s3.dualstack.us-west-2.amazonaws.com/"),
        Case(service: "s3", region: "cn-north-1", operation: "get_object", params: ["Bucket": "my-bucket", "Key": "k"],
             expectedURL: "https://my-bucket.s3.cn-north-1.amazonaws.com.cn/k", scope: "cn-north-1/s3"),
        Case(service: "s3", region: "us-west-2", operation: "get_bucket_location", params: ["Bucket": "my-bucket"],
             expectedURL: "https://s3.us-west-2.amazonaws.com/my-bucket?location"),
        Case(service: "sqs", region: "us-west-2", operation: "list_queues", params: [:],
             expectedURL: "https://sqs.us-west-2.amazonaws.com/", scope: "us-west-2/sqs"),
        Case(service: "sqs", region: "us-west-2", config: Config(useFIPSEndpoint: true), operation: "list_queues", params: [:],
             expectedURL: "https://sqs-fips.us-west-2.amazonaws.com/"),
        Case(service: "dynamodb", region: "eu-central-1", operation: "list_tables", params: [:],
             expectedURL: "https://dynamodb.eu-central-1.amazonaws.com/", scope: "eu-central-1/dynamodb"),
        Case(service: "dynamodb", region: "us-east-1", config: Config(useDualStackEndpoint: true), operation: "list_tables",
             params: [:], expectedURL: "https://dynamodb.us-east-1.api.aws/"),
        Case(service: "iam", region: "eu-west-1", operation: "list_users", params: [:],
             expectedURL: "https://iam.amazonaws.com/", scope: "us-east-1/iam"),
        Case(service: "sts", region: "us-west-2", operation: "get_caller_identity", params: [:],
             expectedURL: "https://sts.us-west-2.amazonaws.com/", scope: "us-west-2/sts"),
        Case(service: "ec2", region: "ap-southeast-2", operation: "describe_regions", params: [:],
             expectedURL: "https://ec2.ap-southeast-2.amazonaws.com/", scope: "ap-southeast-2/ec2"),
        Case(service: "sns", region: "eu-west-1", operation: "list_topics", params: [:],
             expectedURL: "https://sns.eu-west-1.amazonaws.com/"),
        Case(service: "glacier", region: "us-west-2", operation: "list_vaults", params: ["accountId": "-"],
             expectedURL: "https://glacier.us-west-2.amazonaws.com/-/vaults", scope: "us-west-2/glacier"),
    ]

    @Test(arguments: cases)
    func requestsGoWhereBoto3SendsThem(_ example: Case) async throws {
        // The stub stops every call after recording it; only the request matters here.
        let stub = StubTransport { request in throw HTTPTransportError(.cancelled, url: request.url.absoluteString, underlying: "stub") }
        let session = try TestClients.session(transport: stub)
        let client = try session.client(example.service, region: example.region, endpointURL: example.endpointURL, config: example.config)
        _ = try? await client.call(example.operation, example.params)
        let request = try #require(stub.requests.first)
        #expect(request.url.absoluteString == example.expectedURL)
        if let scope = example.scope {
            #expect(request.headers["Authorization"]?.contains("/\(scope)/aws4_request") == true,
                    "scope of \(request.headers["Authorization"] ?? "no Authorization")")
        }
    }

    @Test func aClientWithAnEndpointURLReportsItInMeta() throws {
        let stub = StubTransport { _ in Canned.s3OK }
        let s3 = try TestClients.client("s3", transport: stub, endpointURL: "http://127.0.0.1:9000")
        #expect(s3.meta.endpointURL == "http://127.0.0.1:9000")
        #expect(s3.meta.region == "us-east-1")
        #expect(s3.meta.serviceName == "s3")
        let rules = try TestClients.client("s3", transport: stub, endpointURL: nil)
        #expect(rules.meta.endpointURL == nil)
    }

    @Test func serviceSpecificEndpointVariablesWin() async throws {
        let stub = StubTransport { request in throw HTTPTransportError(.cancelled, url: request.url.absoluteString, underlying: "stub") }
        let session = try TestClients.session(transport: stub, environment: ["AWS_ENDPOINT_URL": "http://127.0.0.1:7000",
                                                                              "AWS_ENDPOINT_URL_SQS": "http://127.0.0.1:7001"])
        _ = try? await session.client("sqs").listQueues()
        _ = try? await session.client("sns").listTopics()
        #expect(stub.urls == ["http://127.0.0.1:7001/", "http://127.0.0.1:7000/"])
    }
}
