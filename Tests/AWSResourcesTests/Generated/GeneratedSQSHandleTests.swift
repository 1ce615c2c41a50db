import Foundation
import Testing
@testable import AWSResources
import AWSTesting

/// Generated SQS handles on a JSON stub: queues, messages received as `SQS.Message`, and deletes.
@Suite struct GeneratedSQSHandleTests {
    static let queueURL = "http://127.0.0.1:1/123456789012/jobs"

    static func stub() -> StubTransport {
        StubTransport.json { operation, body in
            switch operation {
            case "CreateQueue", "GetQueueUrl":
                return ["QueueUrl": .string("http://127.0.0.1:1/123456789012/\(body["QueueName"]?.string ?? "")")]
            case "SendMessage":
                return ["MessageId": "m9", "MD5OfMessageBody": "5d41402abc4b2a76b9719d911017c592"]
            case "ReceiveMessage":
                return ["Messages": [
                    ["MessageId": "m1", "ReceiptHandle": "r1", "Body": "first"],
                    ["MessageId": "m2", "ReceiptHandle": "r2", "Body": "second"],
                ]]
            case "GetQueueAttributes":
                return ["Attributes": ["QueueArn": "arn:aws:sqs:us-east-1:123456789012:jobs"]]
            case "ListQueues":
                return ["QueueUrls": [.string(queueURL)]]
            default:
                return [:]
            }
        }
    }

    @Test func queueSendReceiveAndDelete() async throws {
        let transport = Self.stub()
        let sqs = try TestResources.session(transport: transport).resource(SQS.self, endpointURL: "http://127.0.0.1:1")
        let queue: SQS.Queue = try await sqs.createQueue(QueueName: "jobs")
        #expect(queue.url == Self.queueURL)
        #expect(queue == sqs.queue(Self.queueURL))

        let sent = try await queue.sendMessage(MessageBody: "hello")
        #expect(sent["MessageId"] == "m9")
        #expect(transport.bodies.last == ["QueueUrl": .string(Self.queueURL), "MessageBody": "hello"])

        let messages: [SQS.Message] = try await queue.receiveMessages(MaxNumberOfMessages: 10)
        #expect(messages.map(\.receiptHandle) == ["r1", "r2"])
        #expect(messages.allSatisfy { $0.queueUrl == Self.queueURL })
        #expect(transport.bodies.last == ["QueueUrl": .string(Self.queueURL), "MaxNumberOfMessages": 10])
        let before = transport.requests.count
        #expect(try await messages[0].body == "first")
        #expect(try await messages[1].messageId == "m2")
        #expect(transport.requests.count == before)

        _ = try await messages[0].delete()
        #expect(transport.operations.last == "DeleteMessage")
        #expect(transport.bodies.last == ["QueueUrl": .string(Self.queueURL), "ReceiptHandle": "r1"])
        #expect(messages[0].queue() == queue)
    }

    @Test func queueAttributesAndCollections() async throws {
        let transport = Self.stub()
        let sqs = try TestResources.session(transport: transport).resource(SQS.self, endpointURL: "http://127.0.0.1:1")
        let queue = sqs.queue(Self.queueURL)
        let attributes: Document? = try await queue.attributes
        #expect(attributes?["QueueArn"] == "arn:aws:sqs:us-east-1:123456789012:jobs")
        #expect(transport.operations == ["GetQueueAttributes"])
        var listed: [SQS.Queue] = []
        for try await item in sqs.queues.filter(QueueNamePrefix: "jo") { listed.append(item) }
        #expect(listed == [queue])
        #expect(transport.bodies.last == ["QueueNamePrefix": "jo"])
    }

    @Test func aReplacementModelWithoutTheGeneratedTypesIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sqs-model-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let version = folder.appendingPathComponent("sqs/2012-11-05")
        try FileManager.default.createDirectory(at: version, withIntermediateDirectories: true)
        let model = #"{"service": {}, "resources": {"Queue": {"identifiers": [{"name": "Url"}]}}}"#
        try Data(model.utf8).write(to: version.appendingPathComponent("resources-1.json"))
        let loader = ModelLoader(resourceSearchPaths: [folder], environment: [:])
        let session = try Session(region: "us-east-1", credentials: Credentials(accessKeyID: "AKID", secretAccessKey: "SECRET"),
                                  environment: TestResources.environment, transport: Self.stub(), loader: loader)
        #expect(throws: ResourceError.self) { try session.resource(SQS.self, endpointURL: "http://127.0.0.1:1") }
        do {
            _ = try session.resource(SQS.self, endpointURL: "http://127.0.0.1:1")
        } catch let error as ResourceError {
            #expect(error.code == .unknownResourceType)
            #expect(error.message.contains("Message"))
        }
        #expect(try session.resource("sqs", endpointURL: "http://127.0.0.1:1").meta.serviceResourceModel.resourceNames == ["Queue"])
    }

    @Test func typedAttributesRejectValuesOfAnotherKind() {
        #expect(Int(attributeValue: "42") == 42)
        #expect(Int(attributeValue: "x") == nil)
        #expect(Date(attributeValue: "2020-01-02T03:04:05Z") == Date(timeIntervalSince1970: 1_577_934_245))
        #expect(Bool(attributeValue: "true") == true && Bool(attributeValue: 1) == nil)
        #expect(Data(attributeValue: .string("aGk=")) == Data("hi".utf8))
        #expect(String(attributeValue: 3) == nil)
        #expect(Double(attributeValue: 2) == 2.0)
    }
}
