import Foundation

/// Discovered endpoints by discovery parameters, with botocore's rules for using and refreshing
/// them (`EndpointDiscoveryManager.describe_endpoint`), and one discovery call at a time per key:
/// callers that need the same entry while it is being fetched wait for that call's answer.
///
/// - A fresh entry (its `CachePeriodInMinutes` not yet over) is used as it is.
/// - Otherwise the discovery operation is called, unless it could not be reached less than a
///   minute ago. A failure to reach it (a transport error after the client's retries) is
///   remembered for a minute; any other error (a service error, a malformed answer) is thrown to
///   the caller and not remembered.
/// - Failing a fresh answer, a stale entry is used; failing that, an operation that requires
///   discovery calls the discovery operation once more if it skipped it above, then throws
///   `EndpointDiscoveryError.refreshFailed`, and an optional one goes to the rule set's endpoint.
package actor EndpointDiscoveryCache {
    /// What the discovery call gave.
    package enum Fetched: Sendable {
        /// The discovery operation's response.
        case response(Document)
        /// The service could not be reached (botocore's `ConnectionError` / `HTTPClientError`).
        case unreachable(any Error)
    }

    /// How long a discovery call that could not reach the service holds off the next one.
    package static let failureHoldOff: TimeInterval = 60

    private enum Refresh: Sendable {
        case endpoints([DiscoveredEndpoint])
        case unreachable(String)
    }

    private let now: @Sendable () -> Date
    private var entries: [Document: [DiscoveredEndpoint]] = [:]
    private var failedUntil: [Document: Date] = [:]
    private var running: [Document: Task<Refresh, any Error>] = [:]

    /// An empty cache whose entries expire by `now`.
    package init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The endpoint for `target`, calling `fetch` with the target's parameters when the cache has
    /// no fresh entry; `nil` when an optional operation should use the rule set's endpoint.
    package func endpoint(for target: EndpointDiscoveryTarget, discoveryOperation: String,
                          fetch: @escaping @Sendable (Document) async throws -> Fetched) async throws -> DiscoveredEndpoint? {
        let key = target.parameters
        let time = now()
        if let fresh = entries[key]?.first(where: { time < $0.expiration }) { return fresh }
        let recentlyFailed = failedRecently(key)
        var reason = "\(discoveryOperation) could not be reached less than a minute ago."
        if !recentlyFailed {
            let refreshed = try await refresh(key, target: target, discoveryOperation: discoveryOperation, fetch: fetch)
            if let endpoint = refreshed.endpoint { return endpoint }
            reason = refreshed.reason
        }
        if let stale = entries[key]?.first { return stale }
        guard target.isRequired else { return nil }
        if recentlyFailed {
            let refreshed = try await refresh(key, target: target, discoveryOperation: discoveryOperation, fetch: fetch)
            if let endpoint = refreshed.endpoint { return endpoint }
            reason = refreshed.reason
        }
        throw EndpointDiscoveryError.refreshFailed(operation: target.operation, discoveryOperation: discoveryOperation, reason: reason)
    }

    /// Forgets the entry for `parameters`, so the next call discovers again (botocore's
    /// `delete_endpoints`, after a 421 or `InvalidEndpointException`).
    package func evict(_ parameters: Document) {
        entries[parameters] = nil
    }

    /// The cached endpoints for `parameters`, fresh or stale.
    package func endpoints(for parameters: Document) -> [DiscoveredEndpoint] {
        entries[parameters] ?? []
    }

    private func failedRecently(_ key: Document) -> Bool {
        guard let until = failedUntil[key] else { return false }
        if now() < until { return true }
        failedUntil[key] = nil
        return false
    }

    /// Calls the discovery operation for `key`, or joins the call already running for it: the
    /// first endpoint of its answer, else why there is none.
    private func refresh(_ key: Document, target: EndpointDiscoveryTarget, discoveryOperation: String,
                         fetch: @escaping @Sendable (Document) async throws -> Fetched) async throws
        -> (endpoint: DiscoveredEndpoint?, reason: String) {
        let task = running[key] ?? Task { try await self.discover(key, fetch: fetch) }
        running[key] = task
        do {
            switch try await task.value {
            case .endpoints(let endpoints): return (endpoints.first, "\(discoveryOperation) returned no endpoints.")
            case .unreachable(let reason): return (nil, reason)
            }
        } catch let problem as DiscoveredEndpoint.Problem {
            throw EndpointDiscoveryError.invalidResponse(operation: target.operation, discoveryOperation: discoveryOperation,
                                                         problem.text)
        }
    }

    /// One discovery call and what it leaves in the cache; runs once however many callers wait.
    private func discover(_ key: Document, fetch: @Sendable (Document) async throws -> Fetched) async throws -> Refresh {
        defer { running[key] = nil }
        switch try await fetch(key) {
        case .unreachable(let error):
            failedUntil[key] = now().addingTimeInterval(Self.failureHoldOff)
            return .unreachable("the discovery call could not reach the service (\(error)).")
        case .response(let response):
            let endpoints = try DiscoveredEndpoint.parse(response, now: now())
            entries[key] = endpoints
            failedUntil[key] = nil
            return .endpoints(endpoints)
        }
    }
}
