import Foundation
import Testing
@testable import AWSClients

/// botocore's standard retry mode decisions: what is retryable, full-jitter backoff, the quota.
@Suite struct StandardRetryStrategyTests {
    private func delay(_ decision: RetryDecision) -> Double? {
        if case .retry(let seconds) = decision { return seconds }
        return nil
    }

    @Test func fullJitterStaysWithinTheTruncatedExponentialBound() {
        for attempt in 1...8 {
            let cap = min(pow(2, Double(attempt - 1)), 20)
            let highest = StandardRetryStrategy(maxAttempts: 10, jitter: .fixed(0.999_999))
            let lowest = StandardRetryStrategy(maxAttempts: 10, jitter: .fixed(0))
            let high = delay(highest.decide(after: RetryAttempt(number: attempt, statusCode: 500)))
            #expect(high.map { $0 < cap && $0 > cap * 0.99 } == true, "attempt \(attempt): \(String(describing: high))")
            #expect(delay(lowest.decide(after: RetryAttempt(number: attempt, statusCode: 500))) == 0)
        }
        let random = StandardRetryStrategy(maxAttempts: 100, quota: RetryQuota(capacity: 100_000))
        for _ in 0..<200 {
            let wait = delay(random.decide(after: RetryAttempt(number: 9, statusCode: 503))) ?? -1
            #expect(wait >= 0 && wait < 20, "capped at 20 s: \(wait)")
        }
    }

    @Test(arguments: [
        RetryAttempt(number: 1, statusCode: 500), RetryAttempt(number: 1, statusCode: 502),
        RetryAttempt(number: 1, statusCode: 503), RetryAttempt(number: 1, statusCode: 504),
        RetryAttempt(number: 1, statusCode: 400, errorCode: "ThrottlingException"),
        RetryAttempt(number: 1, statusCode: 400, errorCode: "RequestLimitExceeded"),
        RetryAttempt(number: 1, statusCode: 503, errorCode: "SlowDown"),
        RetryAttempt(number: 1, statusCode: 400, errorCode: "RequestTimeout"),
        RetryAttempt(number: 1, statusCode: 400, errorCode: "IDPCommunicationError"),
        RetryAttempt(number: 1, transportError: HTTPTransportError(.connectionFailed, url: "u", underlying: "refused")),
        RetryAttempt(number: 1, transportError: HTTPTransportError(.readTimeout, url: "u", underlying: "slow")),
        RetryAttempt(number: 1, statusCode: 200, checksumMismatch: true),
    ])
    func retryableFailures(attempt: RetryAttempt) {
        #expect(StandardRetryStrategy.isRetryable(attempt))
        #expect(StandardRetryStrategy(jitter: .fixed(0.5)).decide(after: attempt) == .retry(after: 0.5))
    }

    @Test(arguments: [
        RetryAttempt(number: 1, statusCode: 400, errorCode: "ValidationException"),
        RetryAttempt(number: 1, statusCode: 403, errorCode: "AccessDenied"),
        RetryAttempt(number: 1, statusCode: 404, errorCode: "NoSuchKey"),
        RetryAttempt(number: 1, statusCode: 501),
        RetryAttempt(number: 1, transportError: HTTPTransportError(.cancelled, url: "u", underlying: "cancelled")),
        RetryAttempt(number: 1, transportError: HTTPTransportError(.tlsFailure, url: "u", underlying: "bad certificate")),
    ])
    func nonRetryableFailures(attempt: RetryAttempt) {
        #expect(!StandardRetryStrategy.isRetryable(attempt))
        #expect(StandardRetryStrategy().decide(after: attempt) == .stop)
    }

    @Test func theLastAttemptIsNotRetried() {
        let strategy = StandardRetryStrategy(maxAttempts: 3, jitter: .fixed(0))
        #expect(strategy.decide(after: RetryAttempt(number: 2, statusCode: 500)) == .retry(after: 0))
        #expect(strategy.decide(after: RetryAttempt(number: 3, statusCode: 500)) == .stop)
    }

    @Test func retriesSpendTheQuotaAndSuccessesRefillIt() {
        let quota = RetryQuota(capacity: 500)
        let strategy = StandardRetryStrategy(maxAttempts: 3, quota: quota, jitter: .fixed(0))
        let failure = RetryAttempt(number: 1, statusCode: 500)
        let timeout = RetryAttempt(number: 1, transportError: HTTPTransportError(.readTimeout, url: "u", underlying: "slow"))
        _ = strategy.decide(after: failure)
        #expect(quota.availableCapacity == 495)
        _ = strategy.decide(after: timeout)
        #expect(quota.availableCapacity == 485)
        strategy.recordSuccess(lastFailure: timeout)
        #expect(quota.availableCapacity == 495)
        strategy.recordSuccess(lastFailure: failure)
        #expect(quota.availableCapacity == 500)
        strategy.recordSuccess(lastFailure: nil)
        #expect(quota.availableCapacity == 500, "never above the maximum")
    }

    @Test func anEmptyQuotaStopsRetries() {
        let quota = RetryQuota(capacity: 12)
        let strategy = StandardRetryStrategy(maxAttempts: 10, quota: quota, jitter: .fixed(0))
        let failure = RetryAttempt(number: 1, statusCode: 503)
        #expect(strategy.decide(after: failure) == .retry(after: 0))
        #expect(strategy.decide(after: failure) == .retry(after: 0))
        #expect(quota.availableCapacity == 2)
        #expect(strategy.decide(after: failure) == .stop)
        strategy.recordSuccess(lastFailure: nil)
        strategy.recordSuccess(lastFailure: nil)
        strategy.recordSuccess(lastFailure: nil)
        #expect(strategy.decide(after: failure) == .retry(after: 0))
    }

    @Test func modeledRetryableErrorsAreRetried() throws {
        // DynamoDB models ReplicatedWriteConflictException as retryable.
        let model = try ModelLoader.shared.serviceModel("dynamodb")
        var found: (OperationModel, String)?
        for name in model.operationNames {
            let operation = try model.operation(name)
            if let shape = operation.errors.first(where: { $0.definition["retryable"] != nil }) {
                found = (operation, shape.errorTrait?.code ?? shape.name)
                break
            }
        }
        let (operation, code) = try #require(found, "dynamodb models no retryable error")
        let attempt = RetryAttempt(number: 1, statusCode: 400, errorCode: code, operation: operation)
        #expect(attempt.modeledRetryable.found)
        #expect(StandardRetryStrategy.isRetryable(attempt))
        let unknown = RetryAttempt(number: 1, statusCode: 400, errorCode: "SomethingElse", operation: operation)
        #expect(!StandardRetryStrategy.isRetryable(unknown))
    }

    @Test func retryAfterHeadersAreNotRequired() {
        let strategy = StandardRetryStrategy(jitter: .fixed(0.25))
        let withHeader = RetryAttempt(number: 1, statusCode: 503, headers: ["x-amz-retry-after": "1500"])
        let without = RetryAttempt(number: 1, statusCode: 503)
        #expect(strategy.decide(after: without) == .retry(after: 0.25))
        #expect(strategy.decide(after: withHeader) == .retry(after: 0.25))
    }
}
