import Foundation
import Synchronization
import Testing
@testable import AWSClients

@Suite struct RefreshingCredentialProviderTests {
    /// Hands out credentials expiring one hour after the clock's time, numbered by fetch.
    final class Source: Sendable {
        let clock: TestClock
        let fetches = Mutex(0)
        let failing = Mutex(false)
        init(clock: TestClock) { self.clock = clock }
        @Sendable func fetch() async throws -> Credentials {
            let count = fetches.withLock { $0 += 1; return $0 }
            await Task.yield()
            if failing.withLock({ $0 }) { throw CredentialsError(.retrievalFailed, provider: "test", "down") }
            return Credentials(accessKeyID: "KEY\(count)", secretAccessKey: "S", expiration: clock.now.addingTimeInterval(3600))
        }
    }

    func make() -> (RefreshingCredentialProvider, Source, TestClock) {
        let clock = TestClock()
        let source = Source(clock: clock)
        return (RefreshingCredentialProvider(method: "test", sourceDescription: "test", now: clock.function, fetch: source.fetch), source, clock)
    }

    func concurrently(_ provider: RefreshingCredentialProvider, _ count: Int = 50) async -> [String] {
        await withTaskGroup(of: String?.self) { group in
            for _ in 0..<count { group.addTask { try? await provider.credentials().accessKeyID } }
            var keys: [String] = []
            for await key in group { if let key { keys.append(key) } }
            return keys
        }
    }

    @Test func firstFetchIsSingleFlight() async {
        let (provider, source, _) = make()
        let keys = await concurrently(provider)
        #expect(source.fetches.withLock { $0 } == 1)
        #expect(keys.count == 50 && Set(keys) == ["KEY1"])
    }

    @Test func refreshesOnceInTheMandatoryWindow() async {
        let (provider, source, clock) = make()
        _ = try? await provider.credentials()
        clock.advance(30 * 60)   // 30 min left: no refresh
        #expect(await concurrently(provider).allSatisfy { $0 == "KEY1" })
        clock.advance(25 * 60)   // 5 min left: mandatory, everyone waits for one refresh
        let keys = await concurrently(provider)
        #expect(source.fetches.withLock { $0 } == 2)
        #expect(Set(keys) == ["KEY2"] && keys.count == 50)
    }

    @Test func advisoryWindowRefreshesOnceAndToleratesFailure() async throws {
        let (provider, source, clock) = make()
        _ = try await provider.credentials()
        clock.advance(48 * 60)   // 12 min left: advisory
        source.failing.withLock { $0 = true }
        #expect(try await provider.credentials().accessKeyID == "KEY1")  // failure keeps the old ones
        source.failing.withLock { $0 = false }
        let keys = await concurrently(provider)
        #expect(keys.count == 50 && Set(keys).isSubset(of: ["KEY1", "KEY3"]))
        #expect(source.fetches.withLock { $0 } == 3)
        clock.advance(3 * 60)    // 9 min left of the failed attempt's credentials; KEY3 is fresh
        #expect(try await provider.credentials().accessKeyID == "KEY3")
    }

    @Test func mandatoryFailureIsThrownAndExpiredResultsRejected() async throws {
        let (provider, source, clock) = make()
        _ = try await provider.credentials()
        clock.advance(55 * 60)
        source.failing.withLock { $0 = true }
        await #expect(throws: CredentialsError.self) { try await provider.credentials() }
        let stale = RefreshingCredentialProvider(method: "test", sourceDescription: "t", now: clock.function) {
            Credentials(accessKeyID: "OLD", secretAccessKey: "S", expiration: Date(timeIntervalSince1970: 0))
        }
        await #expect(throws: CredentialsError(.expired, provider: "test",
                                               "Credentials were refreshed, but the refreshed credentials are still expired.")) {
            try await stale.credentials()
        }
    }
}
