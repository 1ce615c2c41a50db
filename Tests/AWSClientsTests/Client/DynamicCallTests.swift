import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// Calling operations: dynamic members with literals or plain Swift values, `call` with any
/// spelling, unknown names and positional arguments.
@Suite struct DynamicCallTests {
    @Test func dynamicCallWithDocumentLiteralsSerializesTheRequest() async throws {
        let stub = StubTransport { _ in Canned.s3OK }
        let s3 = try TestClients.client("s3", transport: stub)
        let output = try await s3.putObject(Bucket: "photos", Key: "a/b c.txt", Body: .blob(Data("hi".utf8)),
                                            Metadata: ["owner": "alice"], ContentLength: 2)
        #expect(output["ETag"]?.string == "\"abc\"")
        let request = try #require(stub.requests.first)
        #expect(request.method == "PUT")
        #expect(request.url.absoluteString == "http://127.0.0.1:1/photos/a/b%20c.txt")
        #expect(request.headers["x-amz-meta-owner"] == "alice")
        #expect(request.headers["Content-Length"] == "2")
        #expect(request.body.inMemoryData == Data("hi".utf8))
    }

    @Test func dynamicCallWithPlainSwiftValues() async throws {
        let stub = StubTransport { _ in Canned.json(200, "{}") }
        let sqs = try TestClients.client("sqs", transport: stub)
        let url = "http://127.0.0.1:1/123456789012/q"
        let delay = 5
        let attributes: [String: [String: String]] = ["kind": ["DataType": "String", "StringValue": "test"]]
        _ = try await sqs.sendMessage(QueueUrl: url, MessageBody: "hello", DelaySeconds: delay, MessageAttributes: attributes)
        let request = try #require(stub.requests.first)
        #expect(request.headers["X-Amz-Target"] == "AmazonSQS.SendMessage")
        let body = try JSONValue.parse(request.body.inMemoryData ?? Data())
        #expect(body.object?["QueueUrl"]?.string == url)
        #expect(body.object?["DelaySeconds"]?.int == 5)
        #expect(body.object?["MessageAttributes"]?.object?["kind"]?.object?["StringValue"]?.string == "test")
    }

    @Test(arguments: ["PutObject", "putObject", "put_object"])
    func callAcceptsEverySpelling(name: String) async throws {
        let stub = StubTransport { _ in Canned.s3OK }
        let s3 = try TestClients.client("s3", transport: stub)
        let output = try await s3.call(name, ["Bucket": "b", "Key": "k"])
        #expect(output["ETag"]?.string == "\"abc\"", "spelling \(name)")
        #expect(try s3.operationName(name) == "PutObject")
        #expect(stub.requests.first?.method == "PUT")
    }

    @Test func unknownOperationListsCloseNames() async throws {
        let stub = StubTransport { _ in Canned.s3OK }
        let s3 = try TestClients.client("s3", transport: stub)
        let error = try #require(await #expect(throws: UnknownOperationError.self) {
            _ = try await s3.putObjekt(Bucket: "b")
        })
        #expect(error.name == "putObjekt")
        #expect(error.suggestions.first == "putObject")
        #expect(error.description.hasPrefix("'s3' client has no operation 'putObjekt'. Did you mean: putObject"))
        #expect(stub.requests.isEmpty)

        let snake = try #require(await #expect(throws: UnknownOperationError.self) { _ = try await s3.call("list_object_v2") })
        #expect(snake.suggestions.contains("listObjectsV2"))
    }

    @Test func unlabeledArgumentsAreRejectedWithBoto3sMessage() async throws {
        let stub = StubTransport { _ in Canned.s3OK }
        let s3 = try TestClients.client("s3", transport: stub)
        let error = try #require(await #expect(throws: ParamValidationError.self) {
            _ = try await s3.putObject("b", Key: "k")
        })
        #expect(error.problems.map(\.kind) == [.positionalArgument])
        #expect(error.problems.first?.message == "putObject() only accepts keyword arguments.")
        #expect(stub.requests.isEmpty)
    }

    @Test func operationsWithoutInputTakeNoParameters() async throws {
        let stub = StubTransport { _ in
            Canned.xml(200, "<ListAllMyBucketsResult><Buckets><Bucket><Name>one</Name></Bucket></Buckets></ListAllMyBucketsResult>")
        }
        let s3 = try TestClients.client("s3", transport: stub)
        let output = try await s3.listBuckets()
        #expect(output["Buckets"]?[0]?["Name"]?.string == "one")
        #expect(stub.requests.first?.url.absoluteString == "http://127.0.0.1:1/")
    }

    @Test func idempotencyTokensAreFilledWhenLeftOut() async throws {
        let stub = StubTransport { _ in Canned.xml(200, "<RunInstancesResponse><reservationId>r-1</reservationId></RunInstancesResponse>") }
        let ec2 = try TestClients.client("ec2", transport: stub)
        _ = try await ec2.runInstances(ImageId: "ami-1", MinCount: 1, MaxCount: 1)
        _ = try await ec2.runInstances(ImageId: "ami-1", MinCount: 1, MaxCount: 1, ClientToken: "mine")
        let bodies = stub.requests.map { String(decoding: $0.body.inMemoryData ?? Data(), as: UTF8.self) }
        let generated = bodies[0].split(separator: "&").first { $0.hasPrefix("ClientToken=") }
        #expect(generated?.count == "ClientToken=".count + 36)
        #expect(bodies[1].contains("ClientToken=mine"))
    }
}
