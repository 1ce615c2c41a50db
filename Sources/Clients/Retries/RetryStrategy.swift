/// Decides whether a failed attempt is retried and how long to wait, and keeps whatever state
/// that needs across requests (a retry quota). Shared by every request of a client.
public protocol RetryStrategy: Sendable {
    /// The most attempts a request gets, the first one included.
    var maxAttempts: Int { get }
    /// Decides after a failed attempt (an error response or a transport failure).
    func decide(after attempt: RetryAttempt) -> RetryDecision
    /// Tells the strategy a request succeeded; `lastFailure` is the failed attempt that was
    /// retried last, `nil` when the first attempt succeeded.
    func recordSuccess(lastFailure: RetryAttempt?)
    /// Called before every attempt is sent: 0 to send now, or the seconds to wait before asking
    /// again (adaptive mode's client-side rate limit). 0 by default.
    func sendingDelay() -> Double
}

extension RetryStrategy {
    /// No client-side rate limit.
    public func sendingDelay() -> Double { 0 }
}

/// Full-jitter random numbers in [0, 1); injectable so tests are deterministic.
public struct RetryJitter: Sendable {
    let next: @Sendable () -> Double

    /// Uniform random numbers (the default).
    public static let random = RetryJitter { Double.random(in: 0..<1) }

    /// Always the same value, for tests.
    public static func fixed(_ value: Double) -> RetryJitter { RetryJitter { value } }

    /// Creates a source from a closure returning values in [0, 1).
    public init(_ next: @escaping @Sendable () -> Double) { self.next = next }
}
