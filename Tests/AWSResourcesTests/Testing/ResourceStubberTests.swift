import Foundation
import Testing
import AWSTesting
@testable import AWSResources

/// The Stubber through the resource layer (via `meta.client`), and the generated
/// `Exceptions` namespaces.
@Suite struct ResourceStubberTests {
    /// A session with no credentials and a transport nothing should reach.
    static func session() throws -> (Session, StubTransport) {
        let transport = StubTransport { _ in HTTPResponse(statusCode: 599) }
        return (try Session(region: "us-east-1", environment: TestResources.environment, transport: transport), transport)
    }

    @Test func stubsBucketObjectsAll() async throws {
        let (session, transport) = try Self.session()
        let s3 = try session.resource(S3.self)
        let stubber = Stubber(s3.meta.client)
        stubber.addResponse("listObjects", ["Contents": [["Key": "a.txt", "Size": 1], ["Key": "b.txt", "Size": 2]], "IsTruncated": false],
                            expectedParams: ["Bucket": "photos"])
        var keys: [String] = []
        for try await object in s3.bucket("photos").objects.all() { keys.append(object.key) }
        #expect(keys == ["a.txt", "b.txt"])
        try stubber.assertNoPendingResponses()
        #expect(transport.requests.isEmpty)
    }

    @Test func stubsAttributeLoadsAndActions() async throws {
        let (session, _) = try Self.session()
        let s3 = try session.resource(S3.self)
        let stubber = Stubber(s3.meta.client)
        stubber.addResponse("headObject", ["ContentLength": 5, "ETag": "\"e\""], expectedParams: ["Bucket": "b", "Key": "k"])
        stubber.addResponse("deleteObject", [:], expectedParams: ["Bucket": "b", "Key": "k"])
        let object = s3.object("b", "k")
        #expect(try await object.contentLength == 5)
        _ = try await object.delete()
        try stubber.assertNoPendingResponses()
    }

    @Test func stubEverythingRunsResourceCodePaths() async throws {
        let (session, transport) = try Self.session()
        let sqs = try session.resource(SQS.self)
        _ = Stubber(sqs.meta.client, stubEverything: true)
        let queue = try await sqs.createQueue(QueueName: "jobs")
        #expect(queue.url == "QueueUrl", "the placeholder URL")
        _ = try await queue.sendMessage(MessageBody: "hello")
        #expect(try await queue.receiveMessages(MaxNumberOfMessages: 1).isEmpty)
        #expect(transport.requests.isEmpty)
    }

    @Test(arguments: ["s3", "dynamodb", "sqs"])
    func generatedExceptionsListEveryModeledError(service: String) throws {
        let (session, _) = try Self.session()
        let client = try session.client(service)
        let generated: [ModeledError]
        switch service {
        case "s3": generated = S3.exceptions.all
        case "dynamodb": generated = DynamoDB.exceptions.all
        default: generated = SQS.exceptions.all
        }
        #expect(generated.map(\.name) == client.exceptions.names)
        #expect(generated == client.exceptions.all, "the same handles as client.exceptions")
        #expect(S3.exceptions.NoSuchKey == client.exceptions.NoSuchKey || service != "s3")
    }
}
