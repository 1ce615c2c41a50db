import Foundation
import Testing
@testable import AWSResources

/// DESIGN.md's resource-layer example, with generated handles, against a local moto server.
@Suite(.serialized) struct GeneratedHandleMotoTests {
    static func collect<S: AsyncSequence>(_ sequence: S) async throws -> [S.Element] {
        var items: [S.Element] = []
        for try await item in sequence { items.append(item) }
        return items
    }

    @Test func designExampleForS3() async throws {
        let (session, endpoint) = try await TestResources.motoSession()
        let s3 = try session.resource(S3.self, endpointURL: endpoint)
        #expect(s3.meta.client.meta.serviceName == "s3")
        let name = "handles-\(UInt32.random(in: 0...UInt32.max))"
        let bucket = try await s3.createBucket(Bucket: name)
        #expect(bucket == s3.bucket(name))
        try await bucket.waitUntilExists()
        #expect(try await bucket.creationDate != nil)
        try await bucket.load()
        try await bucket.reload()
        let buckets = try await Self.collect(s3.buckets.all())
        #expect(buckets.contains(bucket))

        let data = Data("hello".utf8)
        for key in ["a/1.txt", "a/2.txt", "b/3.txt", "tmp/x", "tmp/y"] {
            let object = try await bucket.putObject(Key: key, Body: data)
            #expect(object.key == key)
        }
        let literal: S3.Object = try await bucket.putObject(Key: "c.txt", Body: .blob(data))
        #expect(literal == bucket.object("c.txt"))
        #expect(try await bucket.object("a/1.txt").contentLength == 5)
        let got = try await bucket.object("a/1.txt").get()
        #expect(got["Body"]?.data == data)
        let some = try await Self.collect(bucket.objects.filter(Prefix: "a").pageSize(100).limit(250))
        #expect(some.map(\.key) == ["a/1.txt", "a/2.txt"])
        #expect(try await some[0].size == 5)
        let pages = try await Self.collect(bucket.objects.pageSize(2).pages())
        #expect(pages.map(\.count) == [2, 2, 2])

        try await bucket.objects.filter(Prefix: "tmp/").delete()
        #expect(try await Self.collect(bucket.objects.all()).map(\.key) == ["a/1.txt", "a/2.txt", "b/3.txt", "c.txt"])
        _ = try await bucket.objects.all().delete()
        _ = try await bucket.delete()
        try await bucket.waitUntilNotExists()
    }

    @Test func designExampleForSQS() async throws {
        let (session, endpoint) = try await TestResources.motoSession()
        let sqs = try session.resource(SQS.self, endpointURL: endpoint)
        let name = "handles-\(UInt32.random(in: 0...UInt32.max))"
        let q = try await sqs.createQueue(QueueName: name)
        #expect(q.url.hasSuffix("/\(name)"))
        #expect(try await sqs.getQueueByName(QueueName: name) == q)
        try await q.sendMessage(MessageBody: "hello")
        _ = try await q.sendMessage(MessageBody: "world")
        var bodies: [String] = []
        for _ in 0..<5 where bodies.count < 2 {
            for m in try await q.receiveMessages(MaxNumberOfMessages: 10) {
                if let body = try await m.body { bodies.append(body) }
                try await m.delete()
            }
        }
        #expect(bodies.sorted() == ["hello", "world"])
        #expect(try await q.receiveMessages(MaxNumberOfMessages: 10, WaitTimeSeconds: 0).isEmpty)
        #expect(try await q.attributes?["QueueArn"]?.string?.hasSuffix(name) == true)
        _ = try await q.delete()
    }
}
