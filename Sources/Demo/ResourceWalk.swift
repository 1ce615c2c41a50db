import AWSResources
import Foundation

/// The second half of the demo: the same services through the generated typed resource handles.
enum ResourceWalk {
    static func run(session: Session, endpoint: String) async throws {
        // S3: buckets, objects, a filtered collection, a batch delete and waiters.
        let s3 = try session.resource(S3.self, endpointURL: endpoint)
        step("resource layer: \(s3) over the \(s3.meta.client.meta.serviceName) client at \(s3.meta.client.meta.endpointURL ?? "?")")
        let bucket = try await s3.createBucket(Bucket: "demo-resources-\(UInt32.random(in: 0...UInt32.max))")
        try await bucket.waitUntilExists()
        let created = try await bucket.creationDate.map { "\($0)" } ?? "?"
        step("created \(bucket), waited until it exists (created \(created))")

        for key in ["logs/1.txt", "logs/2.txt", "logs/3.txt", "site/index.html"] {
            let object = try await bucket.putObject(Key: key, Body: Data("content of \(key)".utf8))
            step("put \(object.key) → \(try await object.contentLength ?? 0) bytes, ETag \(try await object.eTag ?? "?")")
        }
        for try await listed in s3.buckets.all() where listed.name.hasPrefix("demo-resources-") {
            step("s3.buckets.all() → \(listed.name)")
        }
        for try await summary in bucket.objects.filter(Prefix: "logs/").pageSize(2).limit(10) {
            step("objects.filter(Prefix: \"logs/\") → \(summary.key) (\(try await summary.size ?? 0) bytes)")
        }
        let batches = try await bucket.objects.filter(Prefix: "logs/").delete()
        var left: [String] = []
        for try await summary in bucket.objects.all() { left.append(summary.key) }
        step("batch delete of logs/ in \(batches.count) request(s); left: \(left)")

        try await bucket.objects.all().delete()
        try await bucket.delete()
        try await bucket.waitUntilNotExists()
        step("emptied and deleted \(bucket.name); waited until it no longer exists")

        // SQS: a queue, messages received as SQS.Message handles, each deleted.
        let sqs = try session.resource(SQS.self, endpointURL: endpoint)
        let queue = try await sqs.createQueue(QueueName: "demo-resource-jobs")
        step("create queue → \(queue.url)")
        for index in 1...3 { try await queue.sendMessage(MessageBody: "task \(index)") }
        var handled = 0
        for _ in 0..<5 where handled < 3 {
            for message in try await queue.receiveMessages(MaxNumberOfMessages: 10, WaitTimeSeconds: 1) {
                step("received SQS.Message \"\(try await message.body ?? "")\" (id \(try await message.messageId ?? "?")); deleting it")
                try await message.delete()
                handled += 1
            }
        }
        try await queue.delete()
        step("deleted the queue; \(handled) messages handled as SQS.Message objects")
    }
}
