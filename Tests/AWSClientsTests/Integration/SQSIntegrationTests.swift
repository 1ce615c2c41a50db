import Foundation
import Testing
@testable import AWSClients

/// SQS end to end against moto (JSON protocol, query-compatible error codes).
@Suite struct SQSIntegrationTests {
    /// Receives up to `count` messages in a bounded loop (moto delivers at once; no real waiting).
    private func receive(_ sqs: Client, queueURL: String, count: Int) async throws -> [Document] {
        var messages: [Document] = []
        for _ in 0..<5 where messages.count < count {
            let received = try await sqs.receiveMessage(QueueUrl: .string(queueURL), MaxNumberOfMessages: .int(min(10, count)),
                                                        WaitTimeSeconds: 0, MessageAttributeNames: ["All"])
            messages += received["Messages"]?.array ?? []
        }
        return messages
    }

    @Test func messagesAreSentReceivedAndDeleted() async throws {
        let sqs = try await Moto.client("sqs")
        let name = Moto.uniqueName("messages")
        let created = try await sqs.createQueue(QueueName: name)
        let queueURL = try #require(created["QueueUrl"]?.string)
        #expect(queueURL.hasSuffix("/\(name)"))
        let found = try await sqs.getQueueUrl(QueueName: name)
        #expect(found["QueueUrl"]?.string == queueURL)

        let body = "hello from swift ✓"
        let sent = try await sqs.sendMessage(QueueUrl: .string(queueURL), MessageBody: .string(body),
                                             MessageAttributes: ["color": ["DataType": "String", "StringValue": "blue"]])
        #expect(sent["MD5OfMessageBody"]?.string == MD5.hash(string: body).hexString)
        #expect(sent["MessageId"]?.string?.isEmpty == false)

        let messages = try await receive(sqs, queueURL: queueURL, count: 1)
        let message = try #require(messages.first)
        #expect(message["Body"]?.string == body)
        #expect(message["MessageId"] == sent["MessageId"])
        #expect(message["MessageAttributes"]?["color"]?["StringValue"]?.string == "blue")
        let handle = try #require(message["ReceiptHandle"]?.string)
        let deleted = try await sqs.deleteMessage(QueueUrl: .string(queueURL), ReceiptHandle: .string(handle))
        #expect(deleted["ResponseMetadata"]?["HTTPStatusCode"]?.int == 200)

        let attributes = try await sqs.getQueueAttributes(QueueUrl: .string(queueURL), AttributeNames: ["ApproximateNumberOfMessages"])
        #expect(attributes["Attributes"]?["ApproximateNumberOfMessages"]?.string == "0")
        _ = try await sqs.deleteQueue(QueueUrl: .string(queueURL))
    }

    @Test func batchesAttributesAndPurge() async throws {
        let sqs = try await Moto.client("sqs")
        let created = try await sqs.createQueue(QueueName: .string(Moto.uniqueName("batch")), Attributes: ["VisibilityTimeout": "45"])
        let queueURL = try #require(created["QueueUrl"]?.string)

        let entries: [Document] = (1...3).map { ["Id": .string("m\($0)"), "MessageBody": .string("body \($0)")] }
        let sent = try await sqs.sendMessageBatch(QueueUrl: .string(queueURL), Entries: .list(entries))
        #expect(sent["Successful"]?.array?.compactMap { $0["Id"]?.string }.sorted() == ["m1", "m2", "m3"])
        #expect(sent["Failed"]?.array?.isEmpty ?? true)

        let messages = try await receive(sqs, queueURL: queueURL, count: 3)
        #expect(Set(messages.compactMap { $0["Body"]?.string }) == ["body 1", "body 2", "body 3"])
        let deletions: [Document] = messages.enumerated().map { index, message in
            ["Id": .string("d\(index)"), "ReceiptHandle": message["ReceiptHandle"] ?? .null]
        }
        let deleted = try await sqs.deleteMessageBatch(QueueUrl: .string(queueURL), Entries: .list(deletions))
        #expect(deleted["Successful"]?.array?.count == 3)

        let before = try await sqs.getQueueAttributes(QueueUrl: .string(queueURL), AttributeNames: ["All"])
        #expect(before["Attributes"]?["VisibilityTimeout"]?.string == "45")
        #expect(before["Attributes"]?["QueueArn"]?.string?.hasPrefix("arn:aws:sqs:us-east-1:") == true)
        _ = try await sqs.setQueueAttributes(QueueUrl: .string(queueURL), Attributes: ["VisibilityTimeout": "90", "DelaySeconds": "2"])
        let after = try await sqs.getQueueAttributes(QueueUrl: .string(queueURL), AttributeNames: ["VisibilityTimeout", "DelaySeconds"])
        #expect(after["Attributes"] == ["VisibilityTimeout": "90", "DelaySeconds": "2"])

        _ = try await sqs.sendMessage(QueueUrl: .string(queueURL), MessageBody: "to be purged")
        _ = try await sqs.purgeQueue(QueueUrl: .string(queueURL))
        let purged = try await sqs.receiveMessage(QueueUrl: .string(queueURL), WaitTimeSeconds: 0)
        #expect(purged["Messages"] == nil)
        _ = try await sqs.deleteQueue(QueueUrl: .string(queueURL))
    }

    @Test func missingQueueErrorIsShownAsBoto3ShowsIt() async throws {
        let sqs = try await Moto.client("sqs")
        let missing = try #require(try await Moto.clientError { _ = try await sqs.getQueueUrl(QueueName: .string(Moto.uniqueName("missing"))) })
        #expect(missing.code == "AWS.SimpleQueueService.NonExistentQueue")
        #expect(missing.message == "The specified queue does not exist.")
        #expect(missing.statusCode == 400)
        #expect(missing.response["Error"] == [
            "Code": "AWS.SimpleQueueService.NonExistentQueue", "Message": "The specified queue does not exist.",
            "QueryErrorCode": "QueueDoesNotExist", "Type": "Sender",
        ])
        #expect(missing.description == "An error occurred (AWS.SimpleQueueService.NonExistentQueue) when calling the GetQueueUrl operation: The specified queue does not exist.")
        #expect(missing.response["ResponseMetadata"]?["RequestId"]?.string == missing.requestID)
    }
}
