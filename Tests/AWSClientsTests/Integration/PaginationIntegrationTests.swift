import Foundation
import Testing
@testable import AWSClients

/// Paginators against moto: 2,500 keys listed in pages, resumed with MaxItems and StartingToken.
@Suite struct PaginationIntegrationTests {
    static let keyCount = 2_500

    /// One bucket of 2,500 keys, filled once per test process and shared by the tests of this suite.
    actor Fixture {
        static let shared = Fixture()
        private var ready: Task<(Client, String, [String]), any Error>?

        func bucket() async throws -> (client: Client, bucket: String, keys: [String]) {
            if ready == nil { ready = Task { try await Self.fill() } }
            guard let ready else { throw CancellationError() }
            return try await ready.value
        }

        private static func fill() async throws -> (Client, String, [String]) {
            let (session, endpoint) = try await TestClients.motoSession()
            let s3 = try session.client("s3", endpointURL: endpoint)
            let bucket = "pagination-\(UUID().uuidString.prefix(8).lowercased())"
            _ = try await s3.createBucket(Bucket: bucket)
            let keys = (0..<keyCount).map { String(format: "key-%05d", $0) }
            try await withThrowingTaskGroup(of: Void.self) { group in
                var next = 0
                // At most 8 uploads in flight.
                while next < min(8, keys.count) {
                    let key = keys[next]
                    group.addTask { _ = try await s3.putObject(Bucket: bucket, Key: key, Body: Data(key.utf8)) }
                    next += 1
                }
                while try await group.next() != nil {
                    if next < keys.count {
                        let key = keys[next]
                        group.addTask { _ = try await s3.putObject(Bucket: bucket, Key: key, Body: Data(key.utf8)) }
                        next += 1
                    }
                }
            }
            return (s3, bucket, keys)
        }
    }

    @Test func pagesOfAThousandListEveryKey() async throws {
        let (s3, bucket, keys) = try await Fixture.shared.bucket()
        #expect(s3.canPaginate("listObjectsV2"))
        var counts: [Int] = []
        var listed: [String] = []
        for try await page in s3.paginator("listObjectsV2").paginate(Bucket: bucket, PaginationConfig: ["PageSize": 1000]) {
            let contents = page["Contents"]?.array ?? []
            counts.append(contents.count)
            listed += contents.compactMap { $0["Key"]?.string }
        }
        #expect(counts == [1000, 1000, 500])
        #expect(listed == keys)
    }

    @Test func maxItemsAndStartingTokenSeeEveryKeyExactlyOnce() async throws {
        let (s3, bucket, keys) = try await Fixture.shared.bucket()
        let paginator = s3.paginator("ListObjectsV2")
        // PageSize 300 makes every MaxItems boundary fall inside a page.
        for pageSize in [1000, 300] {
            var listed: [String] = []
            var token: Document = .null
            var passes = 0
            repeat {
                let result = try await paginator.paginate(Bucket: bucket, PaginationConfig: ["MaxItems": 1000, "PageSize": .int(pageSize),
                                                                                            "StartingToken": token]).fullResult()
                let batch = result["Contents"]?.array?.compactMap { $0["Key"]?.string } ?? []
                #expect(batch.count <= 1000, "page size \(pageSize), pass \(passes)")
                listed += batch
                token = result["NextToken"] ?? .null
                passes += 1
            } while !token.isNull && passes < 10
            #expect(passes == 3, "page size \(pageSize)")
            #expect(listed == keys, "page size \(pageSize)")
            #expect(Set(listed).count == Self.keyCount, "page size \(pageSize)")
        }
    }

    @Test func searchYieldsEveryKey() async throws {
        let (s3, bucket, keys) = try await Fixture.shared.bucket()
        var listed: [String] = []
        for try await key in s3.paginator("list_objects_v2").paginate(Bucket: bucket, PaginationConfig: ["PageSize": 1000]).search("Contents[].Key") {
            listed.append(try #require(key.string))
        }
        #expect(listed == keys)
        // ListObjects (v1) pages with its `NextMarker || Contents[-1].Key` token.
        let v1 = try await s3.paginator("listObjects").paginate(Bucket: bucket, PaginationConfig: ["PageSize": 700]).fullResult()
        #expect(v1["Contents"]?.array?.compactMap { $0["Key"]?.string } == keys)
    }
}
