import Foundation
import Synchronization
import Testing
@testable import AWSClients
import AWSTesting

/// A thousand concurrent calls of one client around each stage of expiring credentials: the first
/// resolution, botocore's advisory window (15 minutes left: one caller refreshes, the others keep
/// signing with the still-valid credentials), its mandatory window (10 minutes left: everyone
/// waits for the one refresh) and past expiry. Every stage makes exactly one fetch, and no request
/// is signed with credentials that had expired.
@Suite struct CredentialRefreshRaceTests {
    /// A credential source that counts its fetches and holds each one until the test lets it go.
    final class CountingSource: Sendable {
        let clock: TestClock
        let fetches = Mutex(0)
        /// Session token → expiration of every credential handed out.
        let issued = Mutex<[String: Date]>([:])
        let gate = Mutex(Gate())
        let failNext = Mutex(false)

        init(clock: TestClock) { self.clock = clock }

        func fetch() async throws -> Credentials {
            let number = fetches.withLock { $0 += 1; return $0 }
            await gate.withLock { $0 }.wait()
            struct RefreshFailed: Error {}
            if failNext.withLock({ $0 }) { throw RefreshFailed() }
            let expiration = clock.now.addingTimeInterval(3600)
            issued.withLock { $0["token-\(number)"] = expiration }
            return Credentials(accessKeyID: "ASIA\(number)", secretAccessKey: "secret-\(number)", sessionToken: "token-\(number)",
                               expiration: expiration)
        }
    }

    struct Stage {
        let transport = StubTransport { _ in HTTPResponse(statusCode: 200, body: Data("{}".utf8)) }
        let client: Client

        init(provider: RefreshingCredentialProvider) throws {
            let session = try Session(region: "us-east-1", credentialProvider: provider, environment: TestClients.environment,
                                      transport: transport)
            client = try session.client("sqs", endpointURL: "http://127.0.0.1:1")
        }
    }

    /// Runs 1000 concurrent calls; lets the held fetch go once a fetch started and the callers
    /// piled up (or, with `othersSent`, once that many requests went out without waiting for it).
    func thousandCalls(_ client: Client, source: CountingSource, fetchesBefore: Int,
                       othersSent: (transport: StubTransport, count: Int)? = nil) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<1000 { group.addTask { _ = try await client.listQueues() } }
            group.addTask {
                while source.fetches.withLock({ $0 }) == fetchesBefore { await Task.yield() }
                if let othersSent {
                    while othersSent.transport.requests.count < othersSent.count { await Task.yield() }
                } else {
                    for _ in 0..<2000 { await Task.yield() }
                }
                source.gate.withLock { $0 }.open()
            }
            try await group.waitForAll()
        }
        source.gate.withLock { $0 = Gate() }
    }

    /// The session tokens the requests since `start` were signed with, and whether each was
    /// valid at `time` (the test clock when the calls were made).
    func tokens(_ transport: StubTransport, from start: Int, source: CountingSource, at time: Date) -> (used: Set<String>, allValid: Bool) {
        let used = transport.requests.dropFirst(start).compactMap { $0.headers["X-Amz-Security-Token"] }
        let issued = source.issued.withLock { $0 }
        let valid = used.count == transport.requests.count - start && used.allSatisfy { (issued[$0] ?? .distantPast) > time }
        return (Set(used), valid)
    }

    @Test func everyStageMakesOneFetchAndNoCallSignsWithExpiredCredentials() async throws {
        let clock = TestClock()
        let source = CountingSource(clock: clock)
        let provider = RefreshingCredentialProvider(method: "test", sourceDescription: "counting source", now: clock.function) {
            try await source.fetch()
        }
        let stage = try Stage(provider: provider)

        // First resolution: everyone waits for one fetch.
        try await thousandCalls(stage.client, source: source, fetchesBefore: 0)
        #expect(source.fetches.withLock { $0 } == 1)
        var seen = tokens(stage.transport, from: 0, source: source, at: clock.now)
        #expect(seen.used == ["token-1"] && seen.allValid)

        // Mandatory window (9 minutes left): everyone waits for the one refresh.
        clock.advance(51 * 60)
        var start = stage.transport.requests.count
        try await thousandCalls(stage.client, source: source, fetchesBefore: 1)
        #expect(source.fetches.withLock { $0 } == 2)
        seen = tokens(stage.transport, from: start, source: source, at: clock.now)
        #expect(seen.used == ["token-2"] && seen.allValid)

        // Advisory window (14 minutes left): one refresh; the others sign with token-2, still valid.
        clock.advance(46 * 60)
        start = stage.transport.requests.count
        try await thousandCalls(stage.client, source: source, fetchesBefore: 2, othersSent: (stage.transport, start + 999))
        #expect(source.fetches.withLock { $0 } == 3)
        seen = tokens(stage.transport, from: start, source: source, at: clock.now)
        #expect(seen.used == ["token-2", "token-3"] && seen.allValid)
        #expect(stage.transport.requests.dropFirst(start).filter { $0.headers["X-Amz-Security-Token"] == "token-2" }.count == 999)

        // Advisory window with a failing refresh: one attempt, and the current credentials are kept.
        clock.advance(46 * 60)
        source.failNext.withLock { $0 = true }
        start = stage.transport.requests.count
        try await thousandCalls(stage.client, source: source, fetchesBefore: 3, othersSent: (stage.transport, start + 999))
        #expect(source.fetches.withLock { $0 } == 4)
        seen = tokens(stage.transport, from: start, source: source, at: clock.now)
        #expect(seen.used == ["token-3"] && seen.allValid)
        source.failNext.withLock { $0 = false }

        // Long past expiry: one fetch, and nobody signs with the expired token-3.
        clock.advance(3 * 3600)
        start = stage.transport.requests.count
        try await thousandCalls(stage.client, source: source, fetchesBefore: 4)
        #expect(source.fetches.withLock { $0 } == 5)
        seen = tokens(stage.transport, from: start, source: source, at: clock.now)
        #expect(seen.used == ["token-5"] && seen.allValid)
    }

    /// In the mandatory window a failed refresh fails the calls (it must succeed), once per caller
    /// that waited for it, never by signing with the old credentials.
    @Test func failedMandatoryRefreshIsThrown() async throws {
        let clock = TestClock()
        let source = CountingSource(clock: clock)
        source.gate.withLock { $0.open() }
        let provider = RefreshingCredentialProvider(method: "test", sourceDescription: "counting source", now: clock.function) {
            try await source.fetch()
        }
        let stage = try Stage(provider: provider)
        _ = try await stage.client.listQueues()
        clock.advance(55 * 60)
        source.failNext.withLock { $0 = true }
        await #expect(throws: (any Error).self) { _ = try await stage.client.listQueues() }
        #expect(stage.transport.requests.count == 1)
    }
}
