import Foundation
import Testing
@testable import AWSResources

/// S3 buckets, objects, object summaries, references, waiters and batch delete through the generated
/// handles, against a local moto server.
@Suite(.serialized) struct S3ResourceIntegrationTests {
    typealias Helpers = ResourceIntegration

    @Test func bucketsCreateListLoadAndDelete() async throws {
        let s3 = try await Helpers.s3()
        let name = Helpers.uniqueName("buckets")
        let bucket = try await s3.createBucket(Bucket: name)
        #expect(bucket.name == name)
        #expect(bucket == s3.bucket(name))
        try await bucket.waitUntilExists()

        let listed = try await Helpers.collect(s3.buckets.all())
        #expect(listed.contains(bucket))
        let listedCopy = try #require(listed.first { $0 == bucket })
        // A collection item carries its list data: no extra request for the creation date.
        let created = try #require(try await listedCopy.creationDate)
        #expect(abs(created.timeIntervalSinceNow) < 3600)
        try await bucket.load()
        #expect(try await bucket.creationDate == created)
        #expect(try await Helpers.collect(s3.buckets.limit(1)).count == 1)

        _ = try await bucket.delete()
        try await bucket.waitUntilNotExists()
        #expect(!(try await Helpers.collect(s3.buckets.all())).contains(bucket))
        // Like boto3, loading a bucket ListBuckets no longer lists leaves it without data.
        let gone = s3.bucket(name)
        try await gone.load()
        #expect(try await gone.creationDate == nil)
    }

    @Test func objectsPutGetAttributesCopyAndDelete() async throws {
        let s3 = try await Helpers.s3()
        let bucket = try await Helpers.newBucket(s3, "objects")
        let data = Data("hello, objects".utf8)
        let object = try await bucket.putObject(Key: "docs/a.txt", Body: data, ContentType: "text/plain",
                                                Metadata: ["owner": "tests"])
        #expect(object == bucket.object("docs/a.txt"))
        #expect(object.bucketName == bucket.name)
        try await object.waitUntilExists()

        #expect(try await object.contentLength == data.count)
        #expect(try await object.contentType == "text/plain")
        #expect(try await object.metadata?["owner"]?.string == "tests")
        let eTag = try #require(try await object.eTag)
        #expect(eTag == "\"\(MD5.hash(data: data).hexString)\"")
        #expect(try await object.lastModified != nil)

        let got = try await object.get()
        #expect(got["Body"]?.data == data)
        #expect(got["ContentLength"]?.int == data.count)
        let ranged = try await object.get(Range: "bytes=0-4")
        #expect(ranged["Body"]?.data == Data("hello".utf8))

        // put through the object itself replaces the content; like boto3, an action drops the loaded
        // data, so the next attribute read loads the new length.
        #expect(try await object.contentLength == data.count)
        #expect(object.meta.data != nil)
        _ = try await object.put(Body: Data("changed".utf8))
        #expect(object.meta.data == nil)
        #expect(try await object.contentLength == 7)

        let copy = bucket.object("docs/copy.txt")
        _ = try await copy.copyFrom(CopySource: "\(bucket.name)/docs/a.txt")
        #expect(try await copy.get()["Body"]?.data == Data("changed".utf8))
        let mapCopy = bucket.object("docs/copy-from-map.txt")
        _ = try await mapCopy.copyFrom(CopySource: ["Bucket": .string(bucket.name), "Key": "docs/a.txt"])
        #expect(try await mapCopy.contentLength == 7)

        _ = try await copy.delete()
        try await copy.waitUntilNotExists()
        #expect(await Helpers.errorCode { _ = try await copy.get() } == "NoSuchKey")
        let keys = try await Helpers.collect(bucket.objects.all()).map(\.key)
        #expect(keys == ["docs/a.txt", "docs/copy-from-map.txt"])
        try await Helpers.deleteBucket(bucket)
    }

    @Test func objectSummariesFilterLimitPageSizeAndPages() async throws {
        let s3 = try await Helpers.s3()
        let bucket = try await Helpers.newBucket(s3, "summaries")
        let keys = ["a/1", "a/2", "a/3", "b/1", "b/2", "c"]
        for (index, key) in keys.enumerated() {
            _ = try await bucket.putObject(Key: key, Body: Data(repeating: 0x61, count: index + 1))
        }

        let all = try await Helpers.collect(bucket.objects.all())
        #expect(all.map(\.key) == keys)
        #expect(all.allSatisfy { $0.bucketName == bucket.name })
        var sizes: [Int] = []
        for summary in all { sizes.append(try #require(try await summary.size)) }
        #expect(sizes == [1, 2, 3, 4, 5, 6])
        #expect(try await all[0].eTag == "\"\(MD5.hash(data: Data("a".utf8)).hexString)\"")
        #expect(try await all[0].storageClass == "STANDARD")
        #expect(try await all[0].lastModified != nil)

        let prefixed = try await Helpers.collect(bucket.objects.filter(Prefix: "a/"))
        #expect(prefixed.map(\.key) == ["a/1", "a/2", "a/3"])
        let limited = try await Helpers.collect(bucket.objects.filter(Prefix: "a/").limit(2))
        #expect(limited.map(\.key) == ["a/1", "a/2"])
        let afterMarker = try await Helpers.collect(bucket.objects.filter(Marker: "b/1"))
        #expect(afterMarker.map(\.key) == ["b/2", "c"])
        let chained = try await Helpers.collect(bucket.objects.filter(Prefix: "b/").filter(Marker: "b/1"))
        #expect(chained.map(\.key) == ["b/2"])

        let pages = try await Helpers.collect(bucket.objects.pageSize(4).pages())
        #expect(pages.map { $0.map(\.key) } == [["a/1", "a/2", "a/3", "b/1"], ["b/2", "c"]])
        let limitedPages = try await Helpers.collect(bucket.objects.pageSize(2).limit(3).pages())
        #expect(limitedPages.map(\.count) == [2, 1])
        #expect(try await Helpers.collect(bucket.objects.filter(Prefix: "zzz")).isEmpty)

        // References: summary → object and bucket, object → bucket.
        let summary = all[1]
        let object = summary.object()
        #expect(object == bucket.object("a/2"))
        #expect(try await object.contentLength == 2)
        #expect(summary.bucket() == bucket)
        #expect(object.bucket() == bucket)
        #expect(object.acl().bucketName == bucket.name)
        #expect(object.acl().objectKey == "a/2")
        #expect(try await summary.get()["Body"]?.data == Data("aa".utf8))
        try await summary.waitUntilExists()
        try await Helpers.deleteBucket(bucket)
    }

    @Test func batchDeleteByPrefixAndWaiters() async throws {
        let s3 = try await Helpers.s3()
        let bucket = try await Helpers.newBucket(s3, "batch")
        for key in ["logs/1", "logs/2", "logs/3", "keep/1"] {
            _ = try await bucket.putObject(Key: key, Body: Data(key.utf8))
        }
        let doomed = bucket.object("logs/2")
        try await doomed.waitUntilExists()

        let responses = try await bucket.objects.filter(Prefix: "logs/").delete()
        #expect(responses.count == 1)
        let deleted = responses.first?.document?["Deleted"]?.array?.compactMap { $0["Key"]?.string }
        #expect(deleted?.sorted() == ["logs/1", "logs/2", "logs/3"])
        try await doomed.waitUntilNotExists()
        #expect(try await Helpers.collect(bucket.objects.all()).map(\.key) == ["keep/1"])

        // One DeleteObjects request per page.
        for index in 0..<5 { _ = try await bucket.putObject(Key: "many/\(index)", Body: Data()) }
        let paged = try await bucket.objects.filter(Prefix: "many/").pageSize(2).delete()
        #expect(paged.count == 3)
        #expect(try await Helpers.collect(bucket.objects.all()).map(\.key) == ["keep/1"])
        // Nothing matched: no request at all.
        #expect(try await bucket.objects.filter(Prefix: "none/").delete().isEmpty)

        // A waiter that gives up throws WaiterError.
        await #expect(throws: WaiterError.self) {
            try await bucket.object("never").waitUntilExists(WaiterConfig: ["Delay": 0, "MaxAttempts": 1])
        }
        await #expect(throws: WaiterError.self) {
            try await bucket.waitUntilNotExists(WaiterConfig: ["Delay": 0, "MaxAttempts": 1])
        }
        try await Helpers.deleteBucket(bucket)
        try await bucket.waitUntilNotExists()
        await #expect(throws: WaiterError.self) {
            try await bucket.waitUntilExists(WaiterConfig: ["Delay": 0, "MaxAttempts": 1])
        }
    }

    @Test func metaClientIsTheServiceClient() async throws {
        let s3 = try await Helpers.s3()
        #expect(s3.meta.client.meta.serviceName == "s3")
        let bucket = try await Helpers.newBucket(s3, "meta")
        #expect(bucket.meta.client.meta.serviceName == "s3")
        #expect(bucket.meta.identifiers == ["Name": .string(bucket.name)])
        #expect(bucket.meta.data == nil)
        _ = try await bucket.meta.client.putObject(Bucket: bucket.name, Key: "via-client", Body: Data("x".utf8))
        #expect(try await bucket.object("via-client").contentLength == 1)
        let head = try await bucket.object("via-client").meta.client.headObject(Bucket: bucket.name, Key: "via-client")
        #expect(head["ContentLength"]?.int == 1)
        let object = bucket.object("via-client")
        try await object.load()
        #expect(object.meta.data?["ContentLength"]?.int == 1)
        try await Helpers.deleteBucket(bucket)
    }
}
