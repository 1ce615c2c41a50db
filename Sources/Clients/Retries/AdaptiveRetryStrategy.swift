/// botocore's `adaptive` retry mode: standard mode's retries, plus a client-side rate limiter
/// (`ClientRateLimiter`) that throttling responses switch on and that then spaces requests out.
public struct AdaptiveRetryStrategy: RetryStrategy {
    /// The retry decisions (standard mode's).
    public let standard: StandardRetryStrategy
    /// The client's rate limiter.
    public let limiter: ClientRateLimiter

    /// Creates the strategy.
    public init(standard: StandardRetryStrategy = StandardRetryStrategy(), limiter: ClientRateLimiter = ClientRateLimiter()) {
        self.standard = standard
        self.limiter = limiter
    }

    /// Attempts per request, the first included.
    public var maxAttempts: Int { standard.maxAttempts }

    /// Feeds the limiter (a throttle or not), then decides as standard mode does.
    public func decide(after attempt: RetryAttempt) -> RetryDecision {
        limiter.record(throttled: Self.isThrottling(attempt))
        return standard.decide(after: attempt)
    }

    /// Feeds the limiter a success, and refills the retry quota as standard mode does.
    public func recordSuccess(lastFailure: RetryAttempt?) {
        limiter.record(throttled: false)
        standard.recordSuccess(lastFailure: lastFailure)
    }

    /// The limiter's wait before the next request goes out.
    public func sendingDelay() -> Double { limiter.sendingDelay() }

    /// botocore's `ThrottlingErrorDetector`: a throttling error code, or a modeled error whose
    /// `retryable` trait says throttling.
    public static func isThrottling(_ attempt: RetryAttempt) -> Bool {
        if let code = attempt.errorCode, StandardRetryStrategy.throttlingErrorCodes.contains(code) { return true }
        let modeled = attempt.modeledRetryable
        return modeled.found && modeled.isThrottling
    }
}
