import AWSClients
import AWSResources
import Foundation

extension StubCallBenchmarks {
    /// boto3_bench.py's resource rows through the typed handles, on `session`'s canned transport:
    /// `bucket.putObject` 1 KiB, `queue.sendMessage`, and whole walks of `bucket.objects.all()`
    /// over 10 ListObjects (v1) pages of 1000 keys, paged by the last key.
    static func resourceRows(_ sizes: Sizes, session: Session) async throws -> [RoundFigures] {
        let s3 = try session.resource(S3.self)
        let sqs = try session.resource(SQS.self)
        let bucket = s3.bucket(CannedResponses.bucket)
        let queue = sqs.queue(CannedResponses.queueURL)
        let body = Document.blob(CannedResponses.body1KiB)
        let message = Document.string(CannedResponses.messageBody)
        let expectedObjects = CannedResponses.pages * CannedResponses.keysPerPage

        @Sendable func walk() async throws {
            var count = 0
            for try await _ in bucket.objects.all() { count += 1 }
            guard count == expectedObjects else {
                throw Failure(description: "bucket.objects.all() produced \(count) objects, expected \(expectedObjects)")
            }
        }

        try await checkResourcesOnce(bucket: bucket, queue: queue)
        var rows: [RoundFigures] = []
        if sizes.includes("s3_resource_bucket_put_object_1KiB") {
            rows.append(try await measure("s3_resource_bucket_put_object_1KiB", operations: sizes.calls, rounds: sizes.rounds,
                                          warmup: sizes.warmup) {
                _ = try await bucket.putObject(Key: "k/obj", Body: body)
            })
        }
        if sizes.includes("sqs_resource_queue_send_message") {
            rows.append(try await measure("sqs_resource_queue_send_message", operations: sizes.calls, rounds: sizes.rounds,
                                          warmup: sizes.warmup) {
                _ = try await queue.sendMessage(MessageBody: message)
            })
        }
        if sizes.includes("s3_resource_objects_all_10_pages_x_1000") {
            rows.append(try await measure("s3_resource_objects_all_10_pages_x_1000", operations: sizes.iterations,
                                          rounds: sizes.rounds, warmup: 1, walk))
        }
        return rows
    }

    /// One resource call of each kind with its result checked, before anything is timed.
    private static func checkResourcesOnce(bucket: S3.Bucket, queue: SQS.Queue) async throws {
        let object = try await bucket.putObject(Key: "k/obj", Body: .blob(CannedResponses.body1KiB))
        guard object.bucketName == CannedResponses.bucket, object.key == "k/obj" else {
            throw Failure(description: "bucket.putObject returned \(object), expected the object k/obj of \(CannedResponses.bucket)")
        }
        let sent = try await queue.sendMessage(MessageBody: .string(CannedResponses.messageBody))
        guard sent["MD5OfMessageBody"]?.string == CannedResponses.messageMD5 else {
            throw Failure(description: "queue.sendMessage output has no matching MD5OfMessageBody: \(sent)")
        }
        var keys: [String] = []
        for try await summary in bucket.objects.all() { keys.append(summary.key) }
        let last = "key-" + CannedResponses.sixDigits(CannedResponses.pages * CannedResponses.keysPerPage - 1)
        guard keys.count == CannedResponses.pages * CannedResponses.keysPerPage, keys.first == "key-000000", keys.last == last,
              Set(keys).count == keys.count else {
            throw Failure(description: "bucket.objects.all() gave \(keys.count) keys (\(keys.first ?? "none")…\(keys.last ?? "none")), expected 10,000 distinct keys up to \(last)")
        }
    }
}
