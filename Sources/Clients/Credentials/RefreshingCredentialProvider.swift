import Foundation

/// Caches credentials from a fetch function and refreshes them before they expire, once, however
/// many tasks ask at the same time (botocore's `RefreshableCredentials`).
///
/// Within the advisory window (15 minutes before expiry) one caller refreshes while the others
/// keep using the current credentials, and a failed refresh keeps them; within the mandatory
/// window (10 minutes) every caller waits for the refresh and a failure is thrown.
public actor RefreshingCredentialProvider: CredentialProvider {
    /// Fetches fresh credentials.
    public typealias Fetch = @Sendable () async throws -> Credentials

    private let fetch: Fetch
    private let now: @Sendable () -> Date
    private let advisoryWindow: TimeInterval
    private let mandatoryWindow: TimeInterval
    private var current: Credentials?
    private var inFlight: Task<Credentials, any Error>?
    /// Where the credentials come from.
    public nonisolated let sourceDescription: String
    private let method: String

    /// Creates a provider; `initial` credentials (when already fetched) are used until they need
    /// refreshing.
    public init(method: String, sourceDescription: String, initial: Credentials? = nil,
                advisoryWindow: TimeInterval = 15 * 60, mandatoryWindow: TimeInterval = 10 * 60,
                now: @escaping @Sendable () -> Date = { Date() }, fetch: @escaping Fetch) {
        self.method = method
        self.sourceDescription = sourceDescription
        self.current = initial
        self.advisoryWindow = advisoryWindow
        self.mandatoryWindow = mandatoryWindow
        self.now = now
        self.fetch = fetch
    }

    /// The cached credentials, refreshed first when they are about to expire.
    public func credentials() async throws -> Credentials {
        if let current {
            let time = now()
            if !current.expires(within: advisoryWindow, of: time) { return current }
            if !current.expires(within: mandatoryWindow, of: time) {
                if inFlight != nil { return current }
                do { return try await refresh() } catch { return current }
            }
        }
        return try await refresh()
    }

    private func refresh() async throws -> Credentials {
        if let inFlight { return try await inFlight.value }
        let fetch = self.fetch, now = self.now, method = self.method
        SDKLog.log(.debug, current == nil ? "Fetching credentials from \(sourceDescription)"
                                          : "Refreshing credentials from \(sourceDescription)")
        let task = Task<Credentials, any Error> {
            let fresh = try await fetch()
            if fresh.expires(within: 0, of: now()) {
                throw CredentialsError(.expired, provider: method,
                                       "Credentials were refreshed, but the refreshed credentials are still expired.")
            }
            return fresh
        }
        inFlight = task
        defer { inFlight = nil }
        let fresh = try await task.value
        current = fresh
        return fresh
    }
}
