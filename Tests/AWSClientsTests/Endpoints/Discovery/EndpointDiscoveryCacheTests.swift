import Foundation
import Synchronization
import Testing
@testable import AWSClients

/// botocore's rules for using and refreshing discovered endpoints, on the cache alone.
@Suite struct EndpointDiscoveryCacheTests {
    static let required = EndpointDiscoveryTarget(operation: "WriteRecords", isRequired: true, parameters: [:])
    static let optional = EndpointDiscoveryTarget(operation: "GetItem", isRequired: false, parameters: [:])

    /// A discovery operation answering from a script (`nil`: unreachable), counting its calls.
    final class Discovery: Sendable {
        private let script: Mutex<[Document?]>
        private let seen = Mutex<[Document]>([])
        init(_ script: [Document?]) { self.script = Mutex(script) }
        var calls: [Document] { seen.withLock { $0 } }
        var fetch: @Sendable (Document) async throws -> EndpointDiscoveryCache.Fetched {
            { [self] parameters in
                seen.withLock { $0.append(parameters) }
                let next = script.withLock { $0.count > 1 ? $0.removeFirst() : $0.first ?? nil }
                guard let next else { return .unreachable(HTTPTransportError(.connectionFailed, url: "https://x", underlying: "refused")) }
                return .response(next)
            }
        }
    }

    static func answer(_ addresses: String..., minutes: Int = 1) -> Document {
        .map(["Endpoints": .list(addresses.map { ["Address": .string($0), "CachePeriodInMinutes": .int(minutes)] })])
    }

    func address(_ cache: EndpointDiscoveryCache, _ target: EndpointDiscoveryTarget, _ discovery: Discovery) async throws -> String? {
        try await cache.endpoint(for: target, discoveryOperation: "DescribeEndpoints", fetch: discovery.fetch)?.address
    }

    @Test func theFirstAddressOfAFreshAnswerIsUsed() async throws {
        let cache = EndpointDiscoveryCache(now: TestClock().function)
        let discovery = Discovery([Self.answer("a.example.com", "b.example.com")])
        #expect(try await address(cache, Self.required, discovery) == "a.example.com")
        #expect(try await address(cache, Self.required, discovery) == "a.example.com")
        #expect(discovery.calls == [[:]])
        #expect(await cache.endpoints(for: [:]).map(\.address) == ["a.example.com", "b.example.com"])
    }

    @Test func expiryIsTheAnswersTimePlusItsCachePeriod() async throws {
        let clock = TestClock()
        let cache = EndpointDiscoveryCache(now: clock.function)
        let discovery = Discovery([Self.answer("a.example.com", minutes: 3)])
        _ = try await address(cache, Self.required, discovery)
        #expect(await cache.endpoints(for: [:]).first?.expiration == clock.now.addingTimeInterval(180))
    }

    @Test func anOptionalOperationFallsBackWhenDiscoveryFails() async throws {
        let clock = TestClock()
        let cache = EndpointDiscoveryCache(now: clock.function)
        let discovery = Discovery([nil])
        #expect(try await address(cache, Self.optional, discovery) == nil)
        // Held off for a minute: no call, still the rule set's endpoint.
        #expect(try await address(cache, Self.optional, discovery) == nil)
        #expect(discovery.calls.count == 1)
        clock.advance(60)
        #expect(try await address(cache, Self.optional, discovery) == nil)
        #expect(discovery.calls.count == 2)
    }

    @Test func anOptionalOperationUsesAStaleEntryWhileHeldOff() async throws {
        let clock = TestClock()
        let cache = EndpointDiscoveryCache(now: clock.function)
        let discovery = Discovery([Self.answer("a.example.com"), nil])
        _ = try await address(cache, Self.optional, discovery)
        clock.advance(61)
        #expect(try await address(cache, Self.optional, discovery) == "a.example.com")
        #expect(try await address(cache, Self.optional, discovery) == "a.example.com")
        #expect(discovery.calls.count == 2)
    }

    @Test func aRequiredOperationWithAStaleEntryIsNotForcedToRefresh() async throws {
        let clock = TestClock()
        let cache = EndpointDiscoveryCache(now: clock.function)
        let discovery = Discovery([Self.answer("a.example.com"), nil])
        _ = try await address(cache, Self.required, discovery)
        clock.advance(61)
        #expect(try await address(cache, Self.required, discovery) == "a.example.com")
        #expect(try await address(cache, Self.required, discovery) == "a.example.com")
        #expect(discovery.calls.count == 2)
    }

    @Test func aRequiredOperationRefreshesDespiteARecentFailureWhenNothingIsCached() async throws {
        let cache = EndpointDiscoveryCache(now: TestClock().function)
        let discovery = Discovery([nil, Self.answer("a.example.com")])
        await #expect(throws: EndpointDiscoveryError.self) { _ = try await address(cache, Self.required, discovery) }
        #expect(try await address(cache, Self.required, discovery) == "a.example.com")
        #expect(discovery.calls.count == 2)
    }

    @Test func anEmptyAnswerReplacesStaleEntries() async throws {
        let clock = TestClock()
        let cache = EndpointDiscoveryCache(now: clock.function)
        let discovery = Discovery([Self.answer("a.example.com"), .map(["Endpoints": []])])
        _ = try await address(cache, Self.optional, discovery)
        clock.advance(61)
        #expect(try await address(cache, Self.optional, discovery) == nil)
        #expect(await cache.endpoints(for: [:]).isEmpty)
    }

    @Test func expiredAddressesAreSkippedForFreshOnesOfTheSameAnswer() async throws {
        let clock = TestClock()
        let cache = EndpointDiscoveryCache(now: clock.function)
        let mixed: Document = ["Endpoints": [["Address": "short.example.com", "CachePeriodInMinutes": 1],
                                             ["Address": "long.example.com", "CachePeriodInMinutes": 5]]]
        let discovery = Discovery([mixed])
        #expect(try await address(cache, Self.required, discovery) == "short.example.com")
        clock.advance(120)
        #expect(try await address(cache, Self.required, discovery) == "long.example.com")
        #expect(discovery.calls.count == 1)
    }

    @Test func evictingForcesANewDiscovery() async throws {
        let cache = EndpointDiscoveryCache(now: TestClock().function)
        let discovery = Discovery([Self.answer("a.example.com"), Self.answer("b.example.com")])
        _ = try await address(cache, Self.required, discovery)
        await cache.evict([:])
        #expect(try await address(cache, Self.required, discovery) == "b.example.com")
    }

    @Test func entriesAreKeptPerDiscoveryParameters() async throws {
        let cache = EndpointDiscoveryCache(now: TestClock().function)
        let discovery = Discovery([Self.answer("a.example.com"), Self.answer("b.example.com")])
        let first = EndpointDiscoveryTarget(operation: "Get", isRequired: true, parameters: ["Operation": "Get", "Identifiers": ["Id": "1"]])
        let second = EndpointDiscoveryTarget(operation: "Get", isRequired: true, parameters: ["Operation": "Get", "Identifiers": ["Id": "2"]])
        #expect(try await address(cache, first, discovery) == "a.example.com")
        #expect(try await address(cache, second, discovery) == "b.example.com")
        #expect(try await address(cache, first, discovery) == "a.example.com")
        #expect(discovery.calls == [first.parameters, second.parameters])
    }

    /// Callers arriving while a discovery call runs wait for it instead of making their own. The
    /// call is held until every caller has read the clock (the first thing each does on the
    /// cache, after which it joins the running call without suspending), so they all overlap it.
    @Test func callersWaitingForTheSameEntryShareOneCall() async throws {
        let callers = 20
        let gate = Gate(opensAfter: callers)
        let cache = EndpointDiscoveryCache(now: { gate.arrive(); return Date(timeIntervalSince1970: 1_800_000_000) })
        let calls = Mutex(0)
        let fetch: @Sendable (Document) async throws -> EndpointDiscoveryCache.Fetched = { _ in
            calls.withLock { $0 += 1 }
            await gate.wait()
            return .response(Self.answer("a.example.com"))
        }
        let addresses = try await withThrowingTaskGroup(of: String?.self) { group in
            for _ in 0..<callers {
                group.addTask { try await cache.endpoint(for: Self.required, discoveryOperation: "DescribeEndpoints", fetch: fetch)?.address }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(addresses == Array(repeating: "a.example.com", count: callers))
        #expect(calls.withLock { $0 } == 1)
    }

    /// Opens once `arrive()` has been called `count` times; `wait()` returns once it is open.
    final class Gate: Sendable {
        private struct State { var arrivals = 0; var open = false; var waiters: [CheckedContinuation<Void, Never>] = [] }
        private let state = Mutex(State())
        private let count: Int
        init(opensAfter count: Int) { self.count = count }

        func arrive() {
            let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
                state.arrivals += 1
                guard state.arrivals >= count, !state.open else { return [] }
                state.open = true
                defer { state.waiters = [] }
                return state.waiters
            }
            for waiter in waiters { waiter.resume() }
        }

        func wait() async {
            await withCheckedContinuation { continuation in
                let resumeNow = state.withLock { state in
                    if state.open { return true }
                    state.waiters.append(continuation)
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        }
    }
}
