/// How failed requests are retried (botocore's `Config(retries=...)`).
///
/// `maxAttempts` counts *retries* as botocore's client config does (3 means up to 4 requests);
/// `totalMaxAttempts` counts every request, like `AWS_MAX_ATTEMPTS` and the `max_attempts`
/// profile setting. Set at most one.
public struct RetryConfig: Sendable, Hashable {
    /// The retry strategy; `nil` defers to the environment and profile (default `.legacy`).
    public var mode: RetryMode?
    /// Retries after the first request (botocore's `max_attempts` key of `retries`).
    public var maxAttempts: Int?
    /// Requests in total, the first included (botocore's `total_max_attempts`).
    public var totalMaxAttempts: Int?

    /// Creates a retry configuration.
    public init(mode: RetryMode? = nil, maxAttempts: Int? = nil, totalMaxAttempts: Int? = nil) {
        self.mode = mode
        self.maxAttempts = maxAttempts
        self.totalMaxAttempts = totalMaxAttempts
    }
}

/// A retry strategy, as botocore names them.
public enum RetryMode: String, Sendable, Hashable, CaseIterable {
    /// botocore's historical default: per-service rules from `_retry.json`, 5 attempts (DynamoDB 10).
    case legacy
    /// The cross-SDK standard mode: 3 attempts, exponential backoff with jitter, retry quota.
    case standard
    /// Standard mode plus client-side rate limiting.
    case adaptive

    /// The total attempts this mode makes when none are configured, for the service whose
    /// endpoint prefix is `endpointPrefix` (legacy DynamoDB makes 10).
    public func defaultTotalMaxAttempts(endpointPrefix: String) -> Int {
        switch self {
        case .legacy: return endpointPrefix == "dynamodb" ? 10 : 5
        case .standard, .adaptive: return 3
        }
    }
}
