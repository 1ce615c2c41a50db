import Foundation

/// botocore's `legacy` retry mode, driven by `_retry.json`: per-service policies matching a status
/// code and/or error code, socket errors, DynamoDB's CRC32 check; delay `base * growth^(attempt-1)`
/// with `base` random or fixed (DynamoDB: 0.05 s, 10 attempts).
public struct LegacyRetryStrategy: RetryStrategy {
    /// One `applies_when` rule.
    struct Policy: Sendable {
        var statusCode: Int?
        var errorCode: String?
        var socketErrors: Bool
        var crc32: Bool
    }

    /// Attempts per request, the first included.
    public let maxAttempts: Int
    let policies: [Policy]
    let base: Double?  // nil: random in [0, 1)
    let growthFactor: Double
    private let jitter: RetryJitter

    /// Builds the strategy for `service` from `_retry.json`; `maxAttempts` overrides the file's.
    public init(retryDefinition: Document, service: String, maxAttempts: Int? = nil, jitter: RetryJitter = .random) {
        let definitions = retryDefinition["definitions"]?.dictionary ?? [:]
        let general = retryDefinition["retry"]?["__default__"] ?? [:]
        let specific = retryDefinition["retry"]?[service]?["__default__"] ?? [:]
        func resolve(_ policy: Document) -> Document {
            if let reference = policy["$ref"]?.string { return definitions[reference] ?? [:] }
            return policy
        }
        var policies: [Policy] = []
        for section in [general, specific] {
            for (_, policy) in (section["policies"]?.dictionary ?? [:]).sorted(by: { $0.key < $1.key }) {
                let rule = resolve(policy)["applies_when"] ?? [:]
                policies.append(Policy(statusCode: rule["response"]?["http_status_code"]?.int,
                                       errorCode: rule["response"]?["service_error_code"]?.string,
                                       socketErrors: rule["socket_errors"] != nil,
                                       crc32: rule["response"]?["crc32body"] != nil))
            }
        }
        self.policies = policies
        let delay = specific["delay"] ?? general["delay"] ?? [:]
        base = delay["base"]?.double
        growthFactor = delay["growth_factor"]?.double ?? 2
        self.maxAttempts = max(1, maxAttempts ?? specific["max_attempts"]?.int ?? general["max_attempts"]?.int ?? 5)
        self.jitter = jitter
    }

    /// Whether any policy applies to the attempt.
    func matches(_ attempt: RetryAttempt) -> Bool {
        policies.contains { policy in
            if policy.socketErrors { return attempt.isRetryableTransportError }
            if policy.crc32 { return attempt.checksumMismatch }
            if let code = policy.errorCode {
                return attempt.errorCode == code && (policy.statusCode == nil || policy.statusCode == attempt.statusCode)
            }
            if let status = policy.statusCode { return attempt.statusCode == status }
            return false
        }
    }

    /// Retries while attempts last and a policy applies.
    public func decide(after attempt: RetryAttempt) -> RetryDecision {
        guard attempt.number < maxAttempts, matches(attempt) else { return .stop }
        let start = base ?? jitter.next()
        return .retry(after: start * pow(growthFactor, Double(attempt.number - 1)))
    }

    /// Legacy mode keeps no state.
    public func recordSuccess(lastFailure: RetryAttempt?) {}
}
