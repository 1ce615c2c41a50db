import Foundation
import Testing
@testable import AWSResources

/// SQS queues and messages through the generated handles, against a local moto server.
@Suite(.serialized) struct SQSResourceIntegrationTests {
    typealias Helpers = ResourceIntegration

    /// Receives until `count` messages arrived or a bounded number of empty polls passed.
    static func receive(_ queue: SQS.Queue, count: Int, _ extra: Document = [:]) async throws -> [SQS.Message] {
        var messages: [SQS.Message] = []
        var params: [String: Document] = ["MaxNumberOfMessages": 10, "WaitTimeSeconds": 0]
        params.merge(extra.dictionary ?? [:]) { $1 }
        for _ in 0..<10 where messages.count < count {
            messages += try await queue.receiveMessages.call(.map(params))
        }
        return messages
    }

    @Test func queuesByNameByPrefixAndDelete() async throws {
        let sqs = try await Helpers.sqs()
        let prefix = Helpers.uniqueName("named")
        let first = try await sqs.createQueue(QueueName: prefix + "-a")
        let second = try await sqs.createQueue(QueueName: prefix + "-b")
        #expect(first.url.hasSuffix("/\(prefix)-a"))
        #expect(try await sqs.getQueueByName(QueueName: prefix + "-a") == first)
        #expect(sqs.queue(first.url) == first)

        let listed = try await Helpers.collect(sqs.queues.filter(QueueNamePrefix: prefix))
        #expect(Set(listed) == [first, second])
        #expect(try await Helpers.collect(sqs.queues.filter(QueueNamePrefix: prefix + "-b")) == [second])
        #expect(try await Helpers.collect(sqs.queues.filter(QueueNamePrefix: prefix).limit(1)).count == 1)
        #expect(try await Helpers.collect(sqs.queues.all()).contains(first))
        #expect(first.meta.client.meta.serviceName == "sqs")
        #expect(sqs.meta.client.meta.serviceName == "sqs")
        let urls = try await sqs.meta.client.listQueues(QueueNamePrefix: prefix)["QueueUrls"]?.array?.compactMap(\.string)
        #expect(urls?.sorted() == [first.url, second.url])

        _ = try await first.delete()
        _ = try await second.delete()
        #expect(try await Helpers.collect(sqs.queues.filter(QueueNamePrefix: prefix)).isEmpty)
        let code = await Helpers.errorCode { _ = try await sqs.getQueueByName(QueueName: prefix + "-a") }
        #expect(code?.contains("NonExistentQueue") == true || code?.contains("QueueDoesNotExist") == true)
    }

    @Test func messagesSendReceiveAttributesVisibilityAndDelete() async throws {
        let sqs = try await Helpers.sqs()
        let queue = try await sqs.createQueue(QueueName: Helpers.uniqueName("messages"))
        let sent = try await queue.sendMessage(MessageBody: "single", MessageAttributes: [
            "kind": ["DataType": "String", "StringValue": "greeting"],
        ])
        let sentID = try #require(sent["MessageId"]?.string)
        #expect(sent["MD5OfMessageBody"]?.string == MD5.hash(string: "single").hexString)

        let received = try await Self.receive(queue, count: 1, [
            "AttributeNames": ["All"], "MessageAttributeNames": ["All"],
        ])
        let message = try #require(received.first)
        #expect(received.count == 1)
        #expect(message.queueUrl == queue.url)
        #expect(!message.receiptHandle.isEmpty)
        #expect(message.queue() == queue)
        #expect(try await message.body == "single")
        #expect(try await message.messageId == sentID)
        #expect(try await message.md5OfBody == MD5.hash(string: "single").hexString)
        #expect(try await message.attributes?["SentTimestamp"]?.string?.isEmpty == false)
        #expect(try await message.attributes?["ApproximateReceiveCount"]?.string == "1")
        #expect(try await message.messageAttributes?["kind"]?["StringValue"]?.string == "greeting")
        #expect(try await message.md5OfMessageAttributes?.isEmpty == false)

        // In flight: not received again until its visibility is reset.
        #expect(try await queue.receiveMessages(MaxNumberOfMessages: 10, WaitTimeSeconds: 0).isEmpty)
        _ = try await message.changeVisibility(VisibilityTimeout: 0)
        let again = try #require(try await Self.receive(queue, count: 1).first)
        #expect(try await again.body == "single")
        _ = try await again.delete()
        #expect(try await queue.receiveMessages(MaxNumberOfMessages: 10, WaitTimeSeconds: 0).isEmpty)
        _ = try await queue.delete()
    }

    @Test func batchSendChangeVisibilityAndDeleteMessages() async throws {
        let sqs = try await Helpers.sqs()
        let queue = try await sqs.createQueue(QueueName: Helpers.uniqueName("batch"))
        let sent = try await queue.sendMessages(Entries: (1...4).map { index -> Document in
            ["Id": .string("m\(index)"), "MessageBody": .string("body \(index)")]
        })
        #expect(sent["Successful"]?.array?.compactMap { $0["Id"]?.string }.sorted() == ["m1", "m2", "m3", "m4"])
        #expect(sent["Failed"]?.array?.isEmpty ?? true)

        let received = try await Self.receive(queue, count: 4)
        var bodies: [String] = []
        for message in received { bodies.append(try #require(try await message.body)) }
        #expect(bodies.sorted() == ["body 1", "body 2", "body 3", "body 4"])

        // Make two visible again in one request, then delete all four in batches.
        let changed = try await queue.changeMessageVisibilityBatch(Entries: received.prefix(2).enumerated().map { index, message -> Document in
            ["Id": .string("c\(index)"), "ReceiptHandle": .string(message.receiptHandle), "VisibilityTimeout": 0]
        })
        #expect(changed["Successful"]?.array?.count == 2)
        let visibleAgain = try await Self.receive(queue, count: 2)
        #expect(visibleAgain.count == 2)
        let remaining = Array(received.suffix(2)) + visibleAgain
        let deleted = try await queue.deleteMessages(Entries: remaining.enumerated().map { index, message -> Document in
            ["Id": .string("d\(index)"), "ReceiptHandle": .string(message.receiptHandle)]
        })
        #expect(deleted["Successful"]?.array?.count == 4)
        #expect(deleted["Failed"]?.array?.isEmpty ?? true)
        #expect(try await Self.receive(queue, count: 1).isEmpty)
        _ = try await queue.delete()
    }

    @Test func queueAttributesLoadAndSet() async throws {
        let sqs = try await Helpers.sqs()
        let name = Helpers.uniqueName("attributes")
        let queue = try await sqs.createQueue(QueueName: name, Attributes: ["VisibilityTimeout": "40"])
        #expect(queue.meta.data == nil)
        try await queue.load()
        let attributes = try #require(try await queue.attributes)
        #expect(attributes["VisibilityTimeout"]?.string == "40")
        #expect(attributes["QueueArn"]?.string?.hasSuffix(":\(name)") == true)
        #expect(queue.meta.data?["Attributes"] == attributes)

        _ = try await queue.setAttributes(Attributes: ["VisibilityTimeout": "45", "DelaySeconds": "0"])
        // Like boto3, an action drops the loaded data: the next read loads the new attributes.
        #expect(queue.meta.data == nil)
        #expect(try await queue.attributes?["VisibilityTimeout"]?.string == "45")
        // Another handle for the same URL is equal but loads its own data.
        let other = sqs.queue(queue.url)
        #expect(other == queue)
        #expect(try await other.attributes?["VisibilityTimeout"]?.string == "45")
        _ = try await queue.delete()
    }

    @Test func deadLetterSourceQueuesPurgeAndDelete() async throws {
        let sqs = try await Helpers.sqs()
        let prefix = Helpers.uniqueName("redrive")
        let deadLetters = try await sqs.createQueue(QueueName: prefix + "-dlq")
        let arn = try #require(try await deadLetters.attributes?["QueueArn"]?.string)
        let policy = #"{"deadLetterTargetArn":"\#(arn)","maxReceiveCount":"3"}"#
        let source = try await sqs.createQueue(QueueName: prefix + "-source", Attributes: ["RedrivePolicy": policy])
        let unrelated = try await sqs.createQueue(QueueName: prefix + "-other")
        let redrive = try #require(try await source.attributes?["RedrivePolicy"]?.string)
        #expect(try JSONValue.parse(Data(redrive.utf8)).document["deadLetterTargetArn"]?.string == arn)

        let sources = try await Helpers.collect(deadLetters.deadLetterSourceQueues.all())
        #expect(sources == [source])
        #expect(try await Helpers.collect(unrelated.deadLetterSourceQueues.all()).isEmpty)

        _ = try await source.sendMessages(Entries: [["Id": "a", "MessageBody": "a"], ["Id": "b", "MessageBody": "b"]])
        try await source.reload()
        #expect(try await source.attributes?["ApproximateNumberOfMessages"]?.string == "2")
        _ = try await source.purge()
        #expect(try await source.receiveMessages(MaxNumberOfMessages: 10, WaitTimeSeconds: 0).isEmpty)
        try await source.reload()
        #expect(try await source.attributes?["ApproximateNumberOfMessages"]?.string == "0")

        for queue in [source, deadLetters, unrelated] { _ = try await queue.delete() }
        #expect(try await Helpers.collect(sqs.queues.filter(QueueNamePrefix: prefix)).isEmpty)
    }
}
