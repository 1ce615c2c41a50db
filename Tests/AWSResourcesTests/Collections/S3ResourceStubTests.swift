import Foundation
import Testing
@testable import AWSResources
import AWSTesting

/// S3 resources on a rest-xml stub: batch actions grouped per page, and boto3's injected loads.
@Suite struct S3ResourceStubTests {
    static func listPage(_ keys: [String], nextMarker: String?) -> String {
        let contents = keys.map { "<Contents><Key>\($0)</Key><Size>3</Size><ETag>\"e\"</ETag></Contents>" }.joined()
        let truncated = nextMarker == nil ? "false" : "true"
        let next = nextMarker.map { "<NextMarker>\($0)</NextMarker>" } ?? ""
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>photos</Name><IsTruncated>\(truncated)</IsTruncated>\(next)\(contents)</ListBucketResult>"
    }

    static func xml(_ text: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: HTTPHeaders([("Content-Type", "application/xml")]), body: Data(text.utf8))
    }

    static func stub(listBuckets: @escaping @Sendable () -> HTTPResponse = { xml("<ListAllMyBucketsResult/>") }) -> StubTransport {
        StubTransport { request in
            let url = request.url.absoluteString
            if request.method == "POST", url.contains("delete") {
                return xml("<DeleteResult><Deleted><Key>x</Key></Deleted></DeleteResult>")
            }
            if request.method == "HEAD" {
                return HTTPResponse(statusCode: 200, headers: HTTPHeaders([("Content-Length", "5"), ("ETag", "\"e\"")]))
            }
            if request.url.path == "/" || request.url.path.isEmpty { return listBuckets() }
            if url.contains("marker=k2") { return xml(listPage(["k3"], nextMarker: nil)) }
            return xml(listPage(["k1", "k2"], nextMarker: "k2"))
        }
    }

    static func body(_ request: HTTPRequest) -> String {
        String(decoding: request.body.inMemoryData ?? Data(), as: UTF8.self)
    }

    @Test func batchDeleteSendsOneRequestPerPage() async throws {
        let transport = Self.stub()
        let bucket = try TestResources.resource("s3", transport: transport).subresource("Bucket", "photos")
        let results = try await bucket.collection("Objects").all().batchAction("Delete")
        #expect(results.count == 2)
        let deletes = transport.requests.filter { $0.method == "POST" }
        #expect(deletes.count == 2)
        let first = Self.body(deletes[0])
        #expect(first.contains("<Key>k1</Key>") && first.contains("<Key>k2</Key>") && !first.contains("k3"))
        #expect(Self.body(deletes[1]).contains("<Key>k3</Key>"))
        #expect(transport.requests.map(\.method) == ["GET", "POST", "GET", "POST"])
    }

    @Test func batchActionByDynamicMember() async throws {
        let transport = Self.stub()
        let bucket = try TestResources.resource("s3", transport: transport).subresource("Bucket", "photos")
        let results = try await bucket.objects.limit(1).batch.delete()
        #expect(results.count == 1)
        let delete = try #require(transport.requests.first { $0.method == "POST" })
        #expect(Self.body(delete).contains("<Key>k1</Key>") && !Self.body(delete).contains("k2"))
        await #expect(throws: ResourceError.self) { try await bucket.objects.all().batchAction("Explode") }
    }

    @Test func objectSummariesCarryListData() async throws {
        let transport = Self.stub()
        let bucket = try TestResources.resource("s3", transport: transport).subresource("Bucket", "photos")
        var summaries: [Resource] = []
        for try await summary in try bucket.objects.filter(Prefix: "k") { summaries.append(summary) }
        #expect(summaries.map { $0.identifier("Key") } == ["k1", "k2", "k3"])
        #expect(try await summaries[0].attribute("Size") == 3)
        #expect(transport.requests.count == 2)
        #expect(transport.requests[0].url.query?.contains("prefix=k") == true)
    }

    @Test func objectSummaryLoadsFromHeadObject() async throws {
        let transport = Self.stub()
        let summary = try TestResources.resource("s3", transport: transport).subresource("ObjectSummary", "photos", "k1")
        #expect(try await summary.attribute("Size") == 5)
        #expect(transport.requests.map(\.method) == ["HEAD"])
    }

    @Test func bucketLoadsFromListBuckets() async throws {
        let listing = "<ListAllMyBucketsResult><Buckets><Bucket><Name>other</Name><CreationDate>2019-01-01T00:00:00.000Z</CreationDate></Bucket><Bucket><Name>photos</Name><CreationDate>2020-01-02T03:04:05.000Z</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>"
        let transport = Self.stub(listBuckets: { Self.xml(listing) })
        let s3 = try TestResources.resource("s3", transport: transport)
        let bucket = try s3.bucket["photos"]
        #expect(try await bucket.attribute("CreationDate") == .timestamp(Date(timeIntervalSince1970: 1_577_934_245)))
        #expect(try await s3.subresource("Bucket", "missing").attribute("CreationDate") == nil)
    }

    @Test func bucketLoadToleratesAccessDenied() async throws {
        let denied = "<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"
        let transport = Self.stub(listBuckets: { Self.xml(denied, status: 403) })
        let bucket = try TestResources.resource("s3", transport: transport).subresource("Bucket", "photos")
        #expect(try await bucket.attribute("CreationDate") == nil)
        #expect(bucket.meta.data == [:])
    }
}

/// Resource waiters call the client waiter with parameters from the resource.
@Suite struct ResourceWaiterStubTests {
    @Test func waitUntilExistsPollsHeadBucket() async throws {
        let transport = S3ResourceStubTests.stub()
        let bucket = try TestResources.resource("s3", transport: transport).subresource("Bucket", "photos")
        _ = try await bucket.waitUntilExists()
        #expect(transport.requests.map(\.method) == ["HEAD"])
        #expect(transport.requests.first?.url.path == "/photos")
        await #expect(throws: WaiterError.self) {
            try await bucket.wait("NotExists", ["WaiterConfig": ["Delay": 0, "MaxAttempts": 1]])
        }
        await #expect(throws: ResourceError.self) { try await bucket.wait("Vanishes") }
    }
}
