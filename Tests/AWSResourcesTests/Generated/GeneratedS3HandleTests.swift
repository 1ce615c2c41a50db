import Foundation
import Testing
@testable import AWSResources
import AWSTesting

/// Generated S3 handles on a rest-xml stub: the DESIGN.md calls, each checked for the requests it sends.
@Suite struct GeneratedS3HandleTests {
    static let listing = "<ListAllMyBucketsResult><Buckets><Bucket><Name>photos</Name><CreationDate>2020-01-02T03:04:05.000Z</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>"

    /// A stub S3: bucket listing at `/`, a two-page object listing (k1 k2 | k3), DeleteObjects, HEAD, PUT.
    static func stub() -> StubTransport {
        StubTransport { request in
            let url = request.url.absoluteString
            switch request.method {
            case "POST" where url.contains("delete"):
                return S3ResourceStubTests.xml("<DeleteResult><Deleted><Key>k1</Key></Deleted></DeleteResult>")
            case "HEAD":
                return HTTPResponse(statusCode: 200, headers: HTTPHeaders([("Content-Length", "5"), ("ETag", "\"e\"")]))
            case "PUT":
                return HTTPResponse(statusCode: 200, headers: HTTPHeaders([("ETag", "\"put\"")]))
            default:
                if request.url.path == "/" || request.url.path.isEmpty { return S3ResourceStubTests.xml(listing) }
                if url.contains("marker=k2") { return S3ResourceStubTests.xml(S3ResourceStubTests.listPage(["k3"], nextMarker: nil)) }
                return S3ResourceStubTests.xml(S3ResourceStubTests.listPage(["k1", "k2"], nextMarker: "k2"))
            }
        }
    }

    static func s3(_ transport: StubTransport) throws -> S3.ServiceResource {
        try TestResources.session(transport: transport).resource(S3.self, endpointURL: "http://127.0.0.1:1")
    }

    static func collect<S: AsyncSequence>(_ sequence: S) async throws -> [S.Element] {
        var items: [S.Element] = []
        for try await item in sequence { items.append(item) }
        return items
    }

    @Test func subresourcesAreTypedAndSendNothing() throws {
        let transport = Self.stub()
        let s3 = try Self.s3(transport)
        let bucket: S3.Bucket = s3.bucket("photos")
        #expect(bucket.name == "photos")
        let object: S3.Object = bucket.object("a.txt")
        #expect(object.bucketName == "photos" && object.key == "a.txt")
        #expect(object == s3.object("photos", "a.txt"))
        let part: S3.MultipartUploadPart = s3.multipartUploadPart("photos", "big.bin", "u1", 3)
        #expect(part.partNumber == 3)
        #expect(part.meta.identifiers["PartNumber"] == .int(3))
        #expect(Set([bucket, s3.bucket("photos"), s3.bucket("other")]).count == 2)
        #expect(bucket.description == "s3.Bucket(name='photos')")
        #expect(bucket.meta.client.meta.serviceName == "s3" && bucket.meta.serviceName == "s3")
        #expect(bucket.meta.identifiers == ["Name": "photos"] && bucket.meta.data == nil)
        #expect(bucket.meta.resourceModel.name == "Bucket")
        #expect(bucket.acl().bucketName == "photos")
        #expect(transport.requests.isEmpty)
    }

    @Test func actionsReturnTheResourcesTheModelNames() async throws {
        let transport = Self.stub()
        let s3 = try Self.s3(transport)
        let bucket: S3.Bucket = try await s3.createBucket(Bucket: "photos")
        #expect(bucket.name == "photos")
        let object: S3.Object = try await bucket.putObject(Key: "a.txt", Body: .blob(Data("hi".utf8)))
        #expect(object.key == "a.txt" && object.bucketName == "photos")
        let data = Data("plain".utf8)
        let second = try await bucket.putObject(Key: "b.txt", Body: data)
        #expect(second.key == "b.txt")
        let response: Document = try await bucket.delete()
        #expect(response["ResponseMetadata"] != nil)
        #expect(transport.requests.map(\.method) == ["PUT", "PUT", "PUT", "DELETE"])
        #expect(transport.requests.map(\.url.path) == ["/photos", "/photos/a.txt", "/photos/b.txt", "/photos"])
        #expect(transport.requests[1].body.inMemoryData == Data("hi".utf8))
        #expect(transport.requests[2].body.inMemoryData == data)
    }

    @Test func attributesLoadOnceThenCache() async throws {
        let transport = Self.stub()
        let bucket = try Self.s3(transport).bucket("photos")
        let created: Date? = try await bucket.creationDate
        #expect(created == Date(timeIntervalSince1970: 1_577_934_245))
        #expect(try await bucket.creationDate == created)
        #expect(try await bucket.bucketRegion == nil)
        #expect(transport.requests.count == 1)
        try await bucket.reload()
        #expect(transport.requests.count == 2)
        #expect(transport.requests.allSatisfy { $0.url.path == "/" })
    }

    @Test func collectionsFilterPageAndLimit() async throws {
        let transport = Self.stub()
        let bucket = try Self.s3(transport).bucket("photos")
        let limited: [S3.ObjectSummary] = try await Self.collect(bucket.objects.filter(Prefix: "k").pageSize(100).limit(2))
        #expect(limited.map(\.key) == ["k1", "k2"])
        #expect(transport.requests.count == 1)
        let query = transport.requests[0].url.query ?? ""
        #expect(query.contains("prefix=k") && query.contains("max-keys=100"))
        #expect(try await limited[0].size == 3)
        #expect(try await limited[0].eTag == "\"e\"")
        #expect(transport.requests.count == 1)

        let all = try await Self.collect(bucket.objects.all())
        #expect(all.map(\.key) == ["k1", "k2", "k3"] && all.allSatisfy { $0.bucketName == "photos" })
        let pages: [[S3.ObjectSummary]] = try await Self.collect(bucket.objects.pages())
        #expect(pages.map(\.count) == [2, 1])
        let buckets = try await Self.collect(try Self.s3(transport).buckets.all())
        #expect(buckets == [bucket])
        #expect(try await buckets[0].creationDate == Date(timeIntervalSince1970: 1_577_934_245))
    }

    @Test func batchDeleteSendsOneRequestPerPage() async throws {
        let transport = Self.stub()
        let bucket = try Self.s3(transport).bucket("photos")
        let results = try await bucket.objects.filter(Prefix: "k").delete()
        #expect(results.count == 2)
        let deletes = transport.requests.filter { $0.method == "POST" }
        #expect(deletes.count == 2)
        let first = S3ResourceStubTests.body(deletes[0])
        #expect(first.contains("<Key>k1</Key>") && first.contains("<Key>k2</Key>") && !first.contains("k3"))
        #expect(S3ResourceStubTests.body(deletes[1]).contains("<Key>k3</Key>"))
    }

    @Test func waitersPollThroughTheClientWaiter() async throws {
        let transport = Self.stub()
        let bucket = try Self.s3(transport).bucket("photos")
        try await bucket.waitUntilExists()
        #expect(transport.requests.map(\.method) == ["HEAD"])
        #expect(transport.requests.first?.url.path == "/photos")
        try await bucket.object("a.txt").waitUntilExists(WaiterConfig: ["Delay": 0, "MaxAttempts": 1])
        #expect(transport.requests.last?.url.path == "/photos/a.txt")
        await #expect(throws: WaiterError.self) {
            try await bucket.waitUntilNotExists(WaiterConfig: ["Delay": 0, "MaxAttempts": 1])
        }
    }
}
