import Foundation
@testable import AWSResources

extension DifferentialScenario {
    static func sqsScenario(_ sqs: SQS.ServiceResource, prefix: String) async throws -> Document {
        var out: [String: Document] = [:]
        let name = prefix + "-queue"
        let queue = try await sqs.createQueue(QueueName: .string(name),
                                              Attributes: ["VisibilityTimeout": "45", "DelaySeconds": "0"])
        out["queue_url"] = .string(queue.url)
        out["by_name_equal"] = .bool(try await sqs.getQueueByName(QueueName: name) == queue)
        out["listed"] = try await queueURLs(sqs, prefix: prefix)
        let attributes = try await queue.attributes
        out["attributes"] = .map(Dictionary(uniqueKeysWithValues: [
            "VisibilityTimeout", "DelaySeconds", "MaximumMessageSize", "MessageRetentionPeriod",
            "ReceiveMessageWaitTimeSeconds", "QueueArn", "ApproximateNumberOfMessages",
        ].map { ($0, attributes?[$0] ?? .null) }))

        var sent: [Document] = []
        for index in 0..<messages {
            let response = try await queue.sendMessage(MessageBody: .string("message \(index)"), MessageAttributes: [
                "index": ["DataType": "Number", "StringValue": .string(String(index))],
                "kind": ["DataType": "String", "StringValue": index % 2 == 0 ? "even" : "odd"],
                "blob": ["DataType": "Binary", "BinaryValue": .blob(Data([UInt8(index), UInt8(255 - index), 7]))],
            ])
            sent.append(["md5_of_body": response["MD5OfMessageBody"] ?? .null,
                         "md5_of_message_attributes": response["MD5OfMessageAttributes"] ?? .null,
                         "has_message_id": .bool(!(response["MessageId"]?.string ?? "").isEmpty)])
        }
        out["sent"] = .list(sent)
        let batch = try await queue.sendMessages(Entries: .list((0..<batchMessages).map { index in
            ["Id": .string("e\(index)"), "MessageBody": .string("batch \(index)")]
        }))
        let successful = (batch["Successful"]?.array ?? []).map { entry -> (id: String, view: Document) in
            (entry["Id"]?.string ?? "", ["id": entry["Id"] ?? .null, "md5_of_body": entry["MD5OfMessageBody"] ?? .null])
        }
        out["sent_batch"] = .list(successful.sorted { $0.id < $1.id }.map(\.view))
        out["sent_batch_failed"] = batch["Failed"] ?? .list([])
        try await queue.reload()
        out["approximate_after_send"] = try await queue.attributes?["ApproximateNumberOfMessages"] ?? .null

        var received: [(body: String, view: Document)] = []
        for _ in 0..<20 where received.count < messages + batchMessages {
            let batch = try await queue.receiveMessages(MaxNumberOfMessages: 10, MessageAttributeNames: ["All"],
                                                        AttributeNames: ["ApproximateReceiveCount"], WaitTimeSeconds: 0)
            for message in batch {
                received.append((try await message.body ?? "", try await view(of: message)))
                _ = try await message.delete()
            }
        }
        out["received"] = .list(received.sorted { $0.body < $1.body }.map(\.view))
        out["received_count"] = .int(received.count)
        out["empty_receive"] = .int(try await queue.receiveMessages(MaxNumberOfMessages: 10, WaitTimeSeconds: 0).count)

        _ = try await queue.setAttributes(Attributes: ["VisibilityTimeout": "60"])
        try await queue.reload()
        out["visibility_after_set"] = try await queue.attributes?["VisibilityTimeout"] ?? .null
        out["approximate_after_delete"] = try await queue.attributes?["ApproximateNumberOfMessages"] ?? .null
        _ = try await queue.delete()
        out["listed_after_delete"] = try await queueURLs(sqs, prefix: prefix)
        return .map(out)
    }

    static func view(of message: SQS.Message) async throws -> Document {
        ["queue_url": .string(message.queueUrl), "body": optional(try await message.body),
         "md5_of_body": optional(try await message.md5OfBody),
         "message_attributes": normalized(try await message.messageAttributes ?? .null),
         "md5_of_message_attributes": optional(try await message.md5OfMessageAttributes),
         "attributes": try await message.attributes ?? .null, "has_receipt_handle": .bool(!message.receiptHandle.isEmpty),
         "has_message_id": .bool(!(try await message.messageId ?? "").isEmpty)]
    }

    static func queueURLs(_ sqs: SQS.ServiceResource, prefix: String) async throws -> Document {
        .list(try await collect(sqs.queues.filter(QueueNamePrefix: .string(prefix))).map(\.url).sorted().map(Document.string))
    }

    /// Blobs as base64 text, as the Python script writes bytes.
    static func normalized(_ value: Document) -> Document {
        switch value {
        case .blob(let data): return .string(data.base64EncodedString())
        case .list(let items): return .list(items.map(normalized))
        case .map(let entries): return .map(entries.mapValues(normalized))
        default: return value
        }
    }
}
