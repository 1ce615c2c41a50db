import Foundation
import Testing
@testable import AWSResources

/// The resource layer against a local moto server: S3 buckets and objects, SQS queues and messages.
@Suite(.serialized) struct MotoResourceTests {
    static func collect<S: AsyncSequence>(_ sequence: S) async throws -> [S.Element] {
        var items: [S.Element] = []
        for try await item in sequence { items.append(item) }
        return items
    }

    @Test func s3BucketsObjectsAndBatchDelete() async throws {
        let (session, endpoint) = try await TestResources.motoSession()
        let s3 = try session.resource("s3", endpointURL: endpoint)
        let name = "resources-\(UInt32.random(in: 0...UInt32.max))"
        let bucket = try #require(try await s3.createBucket(Bucket: .string(name)).resource)
        #expect(bucket == (try s3.bucket[name]))
        _ = try await bucket.waitUntilExists()
        #expect(try await bucket.attribute("CreationDate")?.date != nil)

        for key in ["a/1.txt", "a/2.txt", "b/3.txt"] {
            let object = try #require(try await bucket.putObject(Key: .string(key), Body: .blob(Data("hi \(key)".utf8))).resource)
            #expect(object.identifier("Key") == .string(key))
        }
        let object = try bucket.subresource("Object", "a/1.txt")
        #expect(try await object.attribute("ContentLength") == 10)
        #expect(try await object.eTag.value?.string?.isEmpty == false)

        let all = try await Self.collect(try bucket.objects.all())
        #expect(all.map { $0.identifier("Key") } == ["a/1.txt", "a/2.txt", "b/3.txt"])
        #expect(try await all[2].attribute("Size") == 10)
        let pages = try await Self.collect(try bucket.objects.pageSize(2).pages())
        #expect(pages.map(\.count) == [2, 1])
        let limited = try await Self.collect(try bucket.objects.filter(Prefix: "a/").limit(1))
        #expect(limited.map { $0.identifier("Key") } == ["a/1.txt"])

        let deleted = try await bucket.objects.filter(Prefix: "a/").batch.delete()
        #expect(deleted.count == 1)
        #expect(try await Self.collect(try bucket.objects.all()).map { $0.identifier("Key") } == ["b/3.txt"])
        let buckets = try await Self.collect(try s3.buckets.all())
        #expect(buckets.contains(bucket))

        _ = try await bucket.objects.all().batchAction("Delete")
        _ = try await bucket.delete()
        _ = try await bucket.waitUntilNotExists()
    }

    @Test func sqsQueueMessages() async throws {
        let (session, endpoint) = try await TestResources.motoSession()
        let sqs = try session.resource("sqs", endpointURL: endpoint)
        let name = "jobs-\(UInt32.random(in: 0...UInt32.max))"
        let created = try #require(try await sqs.createQueue(QueueName: .string(name)).resource)
        let queue = try #require(try await sqs.getQueueByName(QueueName: .string(name)).resource)
        #expect(queue == created)
        #expect(try await queue.attributes.value?["QueueArn"]?.string?.hasSuffix(name) == true)
        let listed = try await Self.collect(try sqs.queues.filter(QueueNamePrefix: .string(name)))
        #expect(listed == [queue])

        _ = try await queue.sendMessage(MessageBody: "hello")
        _ = try await queue.sendMessage(MessageBody: "world")
        var bodies: [String] = []
        for _ in 0..<5 where bodies.count < 2 {
            let messages = try await queue.receiveMessages(MaxNumberOfMessages: 10).resources
            for message in messages {
                if let body = try await message.body.value?.string { bodies.append(body) }
                _ = try await message.delete()
            }
        }
        #expect(bodies.sorted() == ["hello", "world"])
        #expect(try await queue.receiveMessages(MaxNumberOfMessages: 10, WaitTimeSeconds: 0) == .resources([]))
        _ = try await queue.delete()
    }
}
