import Testing
@testable import AWSResources
import AWSTesting

/// Collections over SQS `ListQueues` (paginated by `NextToken`, page size `MaxResults`) on a stub.
@Suite struct ResourceCollectionTests {
    static let names = ["a1", "a2", "b1", "b2", "c1"]

    /// Serves the queues whose names start with `QueueNamePrefix`, two per page unless `MaxResults` says.
    static func stub() -> StubTransport {
        StubTransport.json { operation, body in
            guard operation == "ListQueues" else { return [:] }
            let prefix = body["QueueNamePrefix"]?.string ?? ""
            let matching = names.filter { $0.hasPrefix(prefix) }
            let start = Int(body["NextToken"]?.string ?? "0") ?? 0
            let size = body["MaxResults"]?.int ?? 2
            let end = min(start + size, matching.count)
            var page: Document = ["QueueUrls": .list(matching[start..<end].map { .string("http://127.0.0.1:1/1/\($0)") })]
            if end < matching.count { page["NextToken"] = .string(String(end)) }
            return page
        }
    }

    static func names(_ queues: [Resource]) -> [String] {
        queues.compactMap { $0.identifier("Url")?.string?.split(separator: "/").last.map(String.init) }
    }

    static func collect<S: AsyncSequence>(_ sequence: S) async throws -> [S.Element] {
        var items: [S.Element] = []
        for try await item in sequence { items.append(item) }
        return items
    }

    @Test func iteratesEveryPage() async throws {
        let transport = Self.stub()
        let sqs = try TestResources.resource("sqs", transport: transport)
        let queues = try await Self.collect(try sqs.collection("Queues").all())
        #expect(Self.names(queues) == Self.names)
        #expect(transport.requests.count == 3)
        #expect(queues.allSatisfy { $0.meta.resourceModel.name == "Queue" })
    }

    @Test func nothingIsRequestedUntilIteration() throws {
        let transport = Self.stub()
        let sqs = try TestResources.resource("sqs", transport: transport)
        _ = try sqs.queues.filter(QueueNamePrefix: "a").limit(2).pageSize(1).pages()
        #expect(transport.requests.isEmpty)
    }

    @Test func limitStopsRequestingOnceMet() async throws {
        let transport = Self.stub()
        let sqs = try TestResources.resource("sqs", transport: transport)
        let queues = try await Self.collect(try sqs.collection("Queues").limit(3))
        #expect(Self.names(queues) == ["a1", "a2", "b1"])
        #expect(transport.requests.count == 2)
        let exact = try await Self.collect(try sqs.collection("Queues").limit(2))
        #expect(Self.names(exact) == ["a1", "a2"])
        #expect(transport.requests.count == 3)
        #expect(try await Self.collect(try sqs.collection("Queues").limit(0)).isEmpty)
        #expect(transport.requests.count == 3)
    }

    @Test func pageSizeIsSentAsTheLimitMember() async throws {
        let transport = Self.stub()
        let sqs = try TestResources.resource("sqs", transport: transport)
        let pages = try await Self.collect(try sqs.collection("Queues").pageSize(4).pages())
        #expect(pages.map(\.count) == [4, 1])
        #expect(transport.bodies.map { $0["MaxResults"] } == [4, 4])
    }

    @Test func pagesStopAtTheLimit() async throws {
        let transport = Self.stub()
        let sqs = try TestResources.resource("sqs", transport: transport)
        let pages = try await Self.collect(try sqs.collection("Queues").limit(3).pages())
        #expect(pages.map(\.count) == [2, 1])
        #expect(transport.requests.count == 2)
    }

    @Test func filtersChainImmutably() async throws {
        let transport = Self.stub()
        let sqs = try TestResources.resource("sqs", transport: transport)
        let base = try sqs.collection("Queues")
        let onlyB = base.filter(QueueNamePrefix: "b")
        let onlyA = base.filter(["QueueNamePrefix": "a"])
        #expect(base.params == [:])
        #expect(Self.names(try await Self.collect(onlyB)) == ["b1", "b2"])
        #expect(Self.names(try await Self.collect(onlyA)) == ["a1", "a2"])
        #expect(onlyB.filter(MaxResults: 1).params == ["QueueNamePrefix": "b", "MaxResults": 1])
        #expect(onlyB.params == ["QueueNamePrefix": "b"])
        #expect(transport.bodies.first == ["QueueNamePrefix": "b"])
    }

    @Test func dynamicCollectionAccess() async throws {
        let transport = Self.stub()
        let sqs = try TestResources.resource("sqs", transport: transport)
        let queues = try await Self.collect(try sqs.queues.filter(QueueNamePrefix: "c"))
        #expect(Self.names(queues) == ["c1"])
        #expect(throws: ResourceError.self) { try sqs.queus.all() }
        #expect(throws: ResourceError.self) { try sqs.createQueue.all() }
    }
}
