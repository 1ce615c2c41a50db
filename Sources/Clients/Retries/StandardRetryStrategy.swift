
/// botocore's `standard` retry mode: transient errors (5xx, connection failures, timeouts,
/// `RequestTimeout`...), throttling codes and modeled retryable errors are retried with
/// truncated binary exponential backoff and full jitter (`rand * min(2^(attempt-1), 20)` seconds),
/// limited by a shared retry quota.
public struct StandardRetryStrategy: RetryStrategy {
    /// Error codes botocore treats as transient.
    public static let transientErrorCodes: Set<String> = ["RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete"]
    /// HTTP statuses botocore treats as transient.
    public static let transientStatusCodes: Set<Int> = [500, 502, 503, 504]
    /// Error codes botocore treats as throttling.
    public static let throttlingErrorCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
        "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException",
    ]

    /// Attempts per request, the first included (botocore's default: 3).
    public let maxAttempts: Int
    /// The quota shared by all requests of the client.
    public let quota: RetryQuota
    /// The longest backoff, in seconds.
    public let maximumBackoff: Double
    private let jitter: RetryJitter

    /// Creates the strategy.
    public init(maxAttempts: Int = 3, quota: RetryQuota = RetryQuota(), maximumBackoff: Double = 20, jitter: RetryJitter = .random) {
        self.maxAttempts = max(1, maxAttempts)
        self.quota = quota
        self.maximumBackoff = maximumBackoff
        self.jitter = jitter
    }

    /// Whether the attempt failed in a way this mode retries (ignoring attempts and quota).
    public static func isRetryable(_ attempt: RetryAttempt) -> Bool {
        if let code = attempt.errorCode, transientErrorCodes.contains(code) || throttlingErrorCodes.contains(code) { return true }
        if let status = attempt.statusCode, transientStatusCodes.contains(status) { return true }
        if attempt.isRetryableTransportError { return true }
        if attempt.modeledRetryable.found { return true }
        if attempt.errorCode == "IDPCommunicationError" { return true }
        return attempt.checksumMismatch
    }

    /// Retries while attempts and quota last.
    public func decide(after attempt: RetryAttempt) -> RetryDecision {
        guard attempt.number < maxAttempts, Self.isRetryable(attempt) else { return .stop }
        guard quota.acquire(Self.quotaCost(of: attempt)) else { return .stop }
        return .retry(after: jitter.next() * min(pow2(attempt.number - 1), maximumBackoff))
    }

    /// A success refills the quota: what the last retry spent, or 1 when there was no retry.
    public func recordSuccess(lastFailure: RetryAttempt?) {
        quota.release(lastFailure.map(Self.quotaCost(of:)) ?? 1)
    }

    /// Quota spent to retry after `attempt`: 10 after a timeout, else 5 (botocore's costs).
    static func quotaCost(of attempt: RetryAttempt) -> Int { attempt.isTimeout ? 10 : 5 }

    private func pow2(_ exponent: Int) -> Double {
        exponent >= 62 ? .infinity : Double(1 << max(0, exponent))
    }
}
