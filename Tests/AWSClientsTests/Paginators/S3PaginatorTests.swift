import Foundation
import Testing
@testable import AWSClients
import AWSTesting

@Suite struct S3PaginatorTests {
    /// Pages of `ListObjectsV2` named by the continuation token that asks for them.
    static func pagedTransport(_ pages: [String: HTTPResponse]) -> StubTransport {
        StubTransport { request in
            let token = PaginatorStubs.query(request)["continuation-token"] ?? ""
            return pages[token] ?? PaginatorStubs.xml("<Error><Code>InvalidToken</Code><Message>bad \(token)</Message></Error>", status: 400)
        }
    }

    static let threePages: [String: HTTPResponse] = [
        "": PaginatorStubs.listObjectsV2(keys: ["a", "b", "c"], nextToken: "t1"),
        "t1": PaginatorStubs.listObjectsV2(keys: ["d", "e", "f"], nextToken: "t2"),
        "t2": PaginatorStubs.listObjectsV2(keys: ["g"], truncated: false),
    ]

    @Test func followsTheContinuationTokenUntilTheLastPage() async throws {
        let transport = Self.pagedTransport(Self.threePages)
        let s3 = try TestClients.client("s3", transport: transport)
        let pages = try await PaginatorStubs.collect(s3.paginator("listObjectsV2").paginate(Bucket: "b"))
        #expect(pages.count == 3)
        #expect(pages.map { $0["KeyCount"] } == [3, 3, 1])
        #expect(pages[0]["ResponseMetadata"]?["HTTPStatusCode"] == 200)
        #expect(pages.allSatisfy { $0["NextToken"] == nil })
        let tokens = transport.requests.map { PaginatorStubs.query($0)["continuation-token"] }
        #expect(tokens == [nil, "t1", "t2"])
    }

    @Test func nothingIsSentUntilIteratedAndEachIterationStartsOver() async throws {
        let transport = Self.pagedTransport(Self.threePages)
        let s3 = try TestClients.client("s3", transport: transport)
        let pages = s3.paginator("ListObjectsV2").paginate(Bucket: "b")
        #expect(transport.requests.isEmpty)
        _ = try await PaginatorStubs.collect(pages)
        _ = try await PaginatorStubs.collect(pages)
        #expect(transport.requests.count == 6)
    }

    @Test func pageSizeIsSentAsTheLimitKey() async throws {
        let transport = Self.pagedTransport(Self.threePages)
        let s3 = try TestClients.client("s3", transport: transport)
        _ = try await PaginatorStubs.collect(s3.paginator("list_objects_v2").paginate(Bucket: "b", PaginationConfig: ["PageSize": 3]))
        #expect(transport.requests.map { PaginatorStubs.query($0)["max-keys"] } == ["3", "3", "3"])
        // A string PageSize is converted to the integer member's type, as botocore does.
        let bucket = "b"
        _ = try await PaginatorStubs.collect(s3.paginator("listObjectsV2").paginate(Bucket: bucket, PaginationConfig: ["PageSize": "2"]))
        #expect(transport.requests.last.map { PaginatorStubs.query($0)["max-keys"] } == "2")
    }

    @Test func searchFlattensListsAcrossPages() async throws {
        let transport = Self.pagedTransport(Self.threePages)
        let s3 = try TestClients.client("s3", transport: transport)
        let keys = try await PaginatorStubs.collect(s3.paginator("listObjectsV2").paginate(Bucket: "b").search("Contents[].Key"))
        #expect(keys == ["a", "b", "c", "d", "e", "f", "g"])
        // Non-list results come one per page, .null included, as botocore yields them.
        let counts = try await PaginatorStubs.collect(s3.paginator("listObjectsV2").paginate(Bucket: "b").search("KeyCount"))
        #expect(counts == [3, 3, 1])
        let missing = try await PaginatorStubs.collect(s3.paginator("listObjectsV2").paginate(Bucket: "b").search("Nothing"))
        #expect(missing == [.null, .null, .null])
        let requestsBefore = transport.requests.count
        await #expect(throws: JMESPathError.self) {
            _ = try await PaginatorStubs.collect(s3.paginator("listObjectsV2").paginate(Bucket: "b").search("Contents["))
        }
        #expect(transport.requests.count == requestsBefore)  // an invalid expression fails before any request
    }

    @Test func maxItemsCutsThePageShortAndTheTokenResumesMidPage() async throws {
        let transport = Self.pagedTransport(Self.threePages)
        let s3 = try TestClients.client("s3", transport: transport)
        let paginator = s3.paginator("listObjectsV2")
        let first = try await PaginatorStubs.collect(paginator.paginate(Bucket: "b", PaginationConfig: ["MaxItems": 4]))
        #expect(first.count == 2)
        #expect(first[1]["Contents"]?.array?.compactMap { $0["Key"]?.string } == ["d"])
        // botocore's token: the token that fetched the cut page, and how many of its items were handed out.
        let token = try #require(first[1]["NextToken"]?.string)
        #expect(token == "eyJDb250aW51YXRpb25Ub2tlbiI6ICJ0MSIsICJib3RvX3RydW5jYXRlX2Ftb3VudCI6IDF9")
        #expect(first[0]["NextToken"] == nil)

        let second = try await PaginatorStubs.collect(
            paginator.paginate(Bucket: "b", PaginationConfig: ["MaxItems": 4, "StartingToken": .string(token)]).search("Contents[].Key"))
        #expect(second == ["e", "f", "g"])
        #expect(transport.requests.suffix(2).map { PaginatorStubs.query($0)["continuation-token"] } == ["t1", "t2"])
    }

    @Test func resumingTwiceInsideOnePageCountsFromThePageStart() async throws {
        let s3 = try TestClients.client("s3", transport: Self.pagedTransport(Self.threePages))
        let paginator = s3.paginator("listObjectsV2")
        var seen: [String] = []
        var token: Document = .null
        var passes = 0
        var tokens: [String] = []
        repeat {
            var iterator = paginator.paginate(Bucket: "b", PaginationConfig: ["MaxItems": 2, "StartingToken": token])
                .search("Contents[].Key").makeAsyncIterator()
            while let key = try await iterator.next() { seen.append(try #require(key.string)) }
            token = iterator.resumeToken.map(Document.string) ?? .null
            tokens += iterator.resumeToken.map { [$0] } ?? []
            passes += 1
        } while !token.isNull && passes < 10
        #expect(seen == ["a", "b", "c", "d", "e", "f", "g"])
        #expect(passes == 4)
        // botocore 1.43.11's resume tokens for the same pages and MaxItems.
        #expect(tokens == ["eyJDb250aW51YXRpb25Ub2tlbiI6IG51bGwsICJib3RvX3RydW5jYXRlX2Ftb3VudCI6IDJ9",
                           "eyJDb250aW51YXRpb25Ub2tlbiI6ICJ0MSIsICJib3RvX3RydW5jYXRlX2Ftb3VudCI6IDF9",
                           "eyJDb250aW51YXRpb25Ub2tlbiI6ICJ0MiJ9"])
    }

    @Test func maxItemsOnAPageBoundaryResumesWithTheServiceToken() async throws {
        let s3 = try TestClients.client("s3", transport: Self.pagedTransport(Self.threePages))
        let all = try await s3.paginator("listObjectsV2").paginate(Bucket: "b", PaginationConfig: ["MaxItems": 3]).fullResult()
        #expect(all["Contents"]?.array?.count == 3)
        let token = try #require(all["NextToken"]?.string)
        #expect(PaginationTokenTests.decodedJSON(token) == #"{"ContinuationToken": "t1"}"#)
        let rest = try await s3.paginator("listObjectsV2").paginate(Bucket: "b", PaginationConfig: ["StartingToken": .string(token)]).fullResult()
        #expect(rest["Contents"]?.array?.compactMap { $0["Key"]?.string } == ["d", "e", "f", "g"])
        #expect(rest["NextToken"] == nil)
    }

    @Test func fullResultAggregatesResultKeysAndKeepsNonAggregateKeys() async throws {
        let transport = StubTransport(responses: [
            PaginatorStubs.listObjectsV2(keys: ["a"], nextToken: "t1", prefixes: ["p/"]),
            PaginatorStubs.listObjectsV2(keys: ["b", "c"], truncated: false, prefixes: ["q/"]),
        ])
        let s3 = try TestClients.client("s3", transport: transport)
        let all = try await s3.paginator("listObjectsV2").paginate(Bucket: "b").fullResult()
        #expect(all["Contents"]?.array?.compactMap { $0["Key"]?.string } == ["a", "b", "c"])
        #expect(all["CommonPrefixes"] == [["Prefix": "p/"], ["Prefix": "q/"]])
        // The first page's non-aggregate keys, absent ones as null (botocore sets them to None).
        #expect(all["Prefix"] == "")
        #expect(all["RequestCharged"] == .null)
        #expect(all["KeyCount"] == nil)
        #expect(all["ResponseMetadata"] == nil)
        #expect(Set(all.dictionary.map { Array($0.keys) } ?? []) == ["Contents", "CommonPrefixes", "Prefix", "RequestCharged"])
    }

    @Test func moreResultsFalseStopsEvenWithAToken() async throws {
        let transport = StubTransport(responses: [PaginatorStubs.listObjectsV2(keys: ["a"], nextToken: "t1", truncated: false)])
        let s3 = try TestClients.client("s3", transport: transport)
        let pages = try await PaginatorStubs.collect(s3.paginator("listObjectsV2").paginate(Bucket: "b"))
        #expect(pages.count == 1)
        #expect(transport.requests.count == 1)
    }

    @Test func theSameTokenTwiceStopsWithAPaginationError() async throws {
        let transport = StubTransport(responses: [PaginatorStubs.listObjectsV2(keys: ["a"], nextToken: "same")])
        let s3 = try TestClients.client("s3", transport: transport)
        var iterator = s3.paginator("listObjectsV2").paginate(Bucket: "b").makeAsyncIterator()
        #expect(try await iterator.next() != nil)
        #expect(try await iterator.next() != nil)  // botocore yields the page, then raises
        let error = await #expect(throws: PaginationError.self) { _ = try await iterator.next() }
        #expect(error?.code == .repeatedToken)
        #expect(error?.message.contains("The same next token was received twice: {'ContinuationToken': 'same'}") == true)
        #expect(try await iterator.next() == nil)
        #expect(transport.requests.count == 2)
    }

    @Test func jmespathOutputTokenFallsBackToTheLastKey() async throws {
        // ListObjects: `NextMarker || Contents[-1].Key`.
        let transport = StubTransport { request in
            switch PaginatorStubs.query(request)["marker"] {
            case nil: return PaginatorStubs.listObjects(keys: ["a", "b"], truncated: true)
            case "b": return PaginatorStubs.listObjects(keys: ["c"], truncated: true, nextMarker: "m")
            default: return PaginatorStubs.listObjects(keys: ["z"], truncated: false)
            }
        }
        let s3 = try TestClients.client("s3", transport: transport)
        let keys = try await PaginatorStubs.collect(s3.paginator("listObjects").paginate(Bucket: "b").search("Contents[].Key"))
        #expect(keys == ["a", "b", "c", "z"])
        #expect(transport.requests.map { PaginatorStubs.query($0)["marker"] } == [nil, "b", "m"])
    }

    @Test func multipleTokensTravelTogetherAndResultKeysAggregate() async throws {
        let transport = StubTransport { request in
            let query = PaginatorStubs.query(request)
            switch (query["key-marker"], query["version-id-marker"]) {
            case (nil, nil): return PaginatorStubs.listObjectVersions(versions: [("a", "1"), ("a", "2")], deleteMarkers: [("x", "9")], next: ("a", "2"))
            case ("a", "2"): return PaginatorStubs.listObjectVersions(versions: [("b", "3")], deleteMarkers: [], next: nil)
            default: return PaginatorStubs.xml("<Error><Code>Bad</Code></Error>", status: 400)
            }
        }
        let s3 = try TestClients.client("s3", transport: transport)
        let paginator = s3.paginator("listObjectVersions")
        #expect(paginator.inputTokens == ["KeyMarker", "VersionIdMarker"])
        let all = try await paginator.paginate(Bucket: "b").fullResult()
        #expect(all["Versions"]?.array?.compactMap { $0["VersionId"]?.string } == ["1", "2", "3"])
        #expect(all["DeleteMarkers"]?.array?.count == 1)
        #expect(transport.requests.count == 2)

        // MaxItems counts the first result key; resuming carries both tokens.
        let cut = try await paginator.paginate(Bucket: "b", PaginationConfig: ["MaxItems": 2]).fullResult()
        let token = try #require(cut["NextToken"]?.string)
        #expect(PaginationTokenTests.decodedJSON(token) == #"{"KeyMarker": "a", "VersionIdMarker": "2"}"#)
        let rest = try await paginator.paginate(Bucket: "b", PaginationConfig: ["StartingToken": .string(token)]).fullResult()
        #expect(rest["Versions"]?.array?.compactMap { $0["VersionId"]?.string } == ["3"])
    }

    @Test func secondaryResultKeysAreEmptiedWhenResumingInsideAPage() async throws {
        let transport = StubTransport { request in
            PaginatorStubs.query(request)["key-marker"] == nil
                ? PaginatorStubs.listObjectVersions(versions: [("a", "1"), ("a", "2"), ("a", "3")], deleteMarkers: [("x", "9")], next: ("a", "3"))
                : PaginatorStubs.listObjectVersions(versions: [("b", "4")], deleteMarkers: [("y", "8")], next: nil)
        }
        let s3 = try TestClients.client("s3", transport: transport)
        let paginator = s3.paginator("listObjectVersions")
        let cut = try await paginator.paginate(Bucket: "b", PaginationConfig: ["MaxItems": 1]).fullResult()
        #expect(cut["DeleteMarkers"]?.array?.count == 1)
        let token = try #require(cut["NextToken"]?.string)
        #expect(PaginationTokenTests.decodedJSON(token) == #"{"KeyMarker": null, "VersionIdMarker": null, "boto_truncate_amount": 1}"#)
        let pages = try await PaginatorStubs.collect(paginator.paginate(Bucket: "b", PaginationConfig: ["StartingToken": .string(token)]))
        #expect(pages[0]["Versions"]?.array?.compactMap { $0["VersionId"]?.string } == ["2", "3"])
        #expect(pages[0]["DeleteMarkers"] == [])
        #expect(pages[0]["CommonPrefixes"] == .null)
        #expect(pages[1]["DeleteMarkers"]?.array?.count == 1)
    }

    @Test func serviceErrorsEndTheIteration() async throws {
        let transport = StubTransport(responses: [
            PaginatorStubs.listObjectsV2(keys: ["a"], nextToken: "t1"),
            PaginatorStubs.xml("<Error><Code>NoSuchBucket</Code><Message>gone</Message></Error>", status: 404),
        ])
        let s3 = try TestClients.client("s3", transport: transport)
        var iterator = s3.paginator("listObjectsV2").paginate(Bucket: "b").makeAsyncIterator()
        _ = try await iterator.next()
        let error = await #expect(throws: ClientError.self) { _ = try await iterator.next() }
        #expect(error?.code == "NoSuchBucket")
        #expect(try await iterator.next() == nil)
    }

    @Test func cancellationStopsBetweenPages() async throws {
        let transport = Self.pagedTransport(Self.threePages)
        let s3 = try TestClients.client("s3", transport: transport)
        let pages = s3.paginator("listObjectsV2").paginate(Bucket: "b")
        let task = Task {
            var count = 0
            for try await _ in pages {
                count += 1
                withUnsafeCurrentTask { $0?.cancel() }
            }
            return count
        }
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        #expect(transport.requests.count == 1)
    }
}
