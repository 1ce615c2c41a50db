import Testing
@testable import AWSResources
import AWSTesting

/// Actions, responses and relations of the SQS resource model against a stub transport.
@Suite struct ResourceActionTests {
    static let queueURL = "http://127.0.0.1:1/123456789012/jobs"

    static func sqsStub() -> StubTransport {
        StubTransport.json { operation, body in
            switch operation {
            case "CreateQueue", "GetQueueUrl":
                return ["QueueUrl": .string("http://127.0.0.1:1/123456789012/\(body["QueueName"]?.string ?? "")")]
            case "ReceiveMessage":
                if body["MaxNumberOfMessages"] == 0 { return [:] }
                return ["Messages": [
                    ["MessageId": "m1", "ReceiptHandle": "r1", "Body": "first"],
                    ["MessageId": "m2", "ReceiptHandle": "r2", "Body": "second"],
                ]]
            case "GetQueueAttributes":
                return ["Attributes": ["QueueArn": "arn:aws:sqs:us-east-1:123456789012:jobs", "DelaySeconds": "0"]]
            default:
                return [:]
            }
        }
    }

    @Test func actionReturnsResourceFromResponseIdentifier() async throws {
        let transport = Self.sqsStub()
        let sqs = try TestResources.resource("sqs", transport: transport)
        let queue = try #require(try await sqs.action("CreateQueue", ["QueueName": "jobs"]).resource)
        #expect(queue.identifier("Url") == .string(Self.queueURL))
        #expect(queue.meta.data == nil)
        #expect(transport.operations == ["CreateQueue"])
        #expect(transport.bodies == [["QueueName": "jobs"]])
        #expect(queue.description == "sqs.Queue(url='\(Self.queueURL)')")
        let byName = try #require(try await sqs.getQueueByName(QueueName: "jobs").resource)
        #expect(byName == queue)
        #expect(transport.operations.last == "GetQueueUrl")
    }

    @Test func pluralResponseMakesResourcesWithData() async throws {
        let transport = Self.sqsStub()
        let queue = try TestResources.resource("sqs", transport: transport).subresource("Queue", Self.queueURL)
        let messages = try await queue.action("ReceiveMessages", ["MaxNumberOfMessages": 10]).resources
        #expect(transport.bodies == [["QueueUrl": .string(Self.queueURL), "MaxNumberOfMessages": 10]])
        #expect(messages.count == 2)
        #expect(messages.map { $0.identifier("ReceiptHandle") } == ["r1", "r2"])
        #expect(messages.allSatisfy { $0.identifier("QueueUrl") == .string(Self.queueURL) })
        // Message has no load: attributes come from the response item, with no request.
        #expect(try await messages[1].attribute("Body") == "second")
        #expect(try await messages[0].messageId.value == "m1")
        #expect(transport.requests.count == 1)

        _ = try await messages[0].action("Delete")
        #expect(transport.operations.last == "DeleteMessage")
        #expect(transport.bodies.last == ["QueueUrl": .string(Self.queueURL), "ReceiptHandle": "r1"])
    }

    @Test func missingIdentifiersGiveTheEmptyResponse() async throws {
        let transport = Self.sqsStub()
        let queue = try TestResources.resource("sqs", transport: transport).subresource("Queue", Self.queueURL)
        // boto3's build_empty_response: the path `Messages[]` reaches a list shape.
        #expect(try await queue.action("ReceiveMessages", ["MaxNumberOfMessages": 0]) == .resources([]))
    }

    @Test func rawActionReturnsTheResponse() async throws {
        let transport = Self.sqsStub()
        let queue = try TestResources.resource("sqs", transport: transport).subresource("Queue", Self.queueURL)
        let response = try await queue.sendMessage(MessageBody: "hello", DelaySeconds: 1)
        // The whole response, with its metadata, as boto3 returns it.
        #expect(response.document?["ResponseMetadata"]?["HTTPStatusCode"] == 200)
        #expect(transport.bodies == [["QueueUrl": .string(Self.queueURL), "MessageBody": "hello", "DelaySeconds": 1]])
    }

    @Test func callerParametersReplaceFilledOnes() async throws {
        let transport = Self.sqsStub()
        let queue = try TestResources.resource("sqs", transport: transport).subresource("Queue", Self.queueURL)
        _ = try await queue.action("Purge", ["QueueUrl": "http://127.0.0.1:1/123456789012/other"])
        #expect(transport.bodies == [["QueueUrl": "http://127.0.0.1:1/123456789012/other"]])
    }

    @Test func subresourcesTakeParentAndCallerIdentifiers() throws {
        let sqs = try TestResources.resource("sqs", transport: Self.sqsStub())
        let queue = try sqs.subresource("Queue", Self.queueURL)
        let message = try queue.subresource("Message", "handle")
        #expect(message.meta.identifiers == ["QueueUrl": .string(Self.queueURL), "ReceiptHandle": "handle"])
        #expect(try message.subresource("Queue") == queue)
        #expect(try sqs.queue[Self.queueURL] == queue)
        #expect(try sqs.subresource("Message", Self.queueURL, "handle") == message)
        #expect(throws: ResourceError.self) { try queue.subresource("Message") }
        #expect(throws: ResourceError.self) { try queue.subresource("Message", "a", "b") }
    }

    @Test func unknownMembersSuggestCloseNames() async throws {
        let queue = try TestResources.resource("sqs", transport: Self.sqsStub()).subresource("Queue", Self.queueURL)
        do {
            _ = try await queue.sendMesage(MessageBody: "x")
            Issue.record("a misspelled action was called")
        } catch let error as ResourceError {
            #expect(error.code == .unknownMember)
            #expect(error.suggestions.contains("sendMessage"))
        }
        await #expect(throws: ResourceError.self) { try await queue.action("Nope") }
        await #expect(throws: ResourceError.self) { try await queue.url() }
    }

    @Test func resourcesCompareByTypeAndIdentifiers() throws {
        let sqs = try TestResources.resource("sqs", transport: Self.sqsStub())
        let a = try sqs.subresource("Queue", "u1")
        let b = try sqs.subresource("Queue", "u1")
        let c = try sqs.subresource("Queue", "u2")
        #expect(a == b)
        #expect(a != c)
        #expect(Set([a, b, c]).count == 2)
        #expect(sqs.description == "sqs.ServiceResource()")
        #expect(a.meta.serviceName == "sqs")
        #expect(a.meta.identifierNames == ["Url"])
    }
}
