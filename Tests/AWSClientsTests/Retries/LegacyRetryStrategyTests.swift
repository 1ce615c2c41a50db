import Foundation
import Testing
@testable import AWSClients

/// botocore's legacy retry mode, driven by the bundled `_retry.json`.
@Suite struct LegacyRetryStrategyTests {
    private func strategy(_ service: String, maxAttempts: Int? = nil, jitter: RetryJitter = .fixed(0.5)) throws -> LegacyRetryStrategy {
        LegacyRetryStrategy(retryDefinition: try ModelLoader.shared.loadData("_retry"), service: service,
                            maxAttempts: maxAttempts, jitter: jitter)
    }

    @Test func generalPoliciesAndRandomExponentialDelay() throws {
        let s3 = try strategy("s3")
        #expect(s3.maxAttempts == 5)
        #expect(s3.decide(after: RetryAttempt(number: 1, statusCode: 500)) == .retry(after: 0.5))
        #expect(s3.decide(after: RetryAttempt(number: 2, statusCode: 503)) == .retry(after: 1))
        #expect(s3.decide(after: RetryAttempt(number: 3, statusCode: 400, errorCode: "Throttling")) == .retry(after: 2))
        #expect(s3.decide(after: RetryAttempt(number: 4, statusCode: 429, errorCode: "TooManyRequestsException")) == .retry(after: 4))
        #expect(s3.decide(after: RetryAttempt(number: 5, statusCode: 500)) == .stop, "five attempts in all")
        let socket = RetryAttempt(number: 1, transportError: HTTPTransportError(.connectionClosed, url: "u", underlying: "reset"))
        #expect(s3.decide(after: socket) == .retry(after: 0.5))
    }

    @Test func serviceSpecificPolicies() throws {
        let s3 = try strategy("s3")
        #expect(s3.decide(after: RetryAttempt(number: 1, statusCode: 400, errorCode: "RequestTimeout")) == .retry(after: 0.5))
        #expect(s3.decide(after: RetryAttempt(number: 1, statusCode: 400, errorCode: "InvalidArgument")) == .stop)
        #expect(s3.decide(after: RetryAttempt(number: 1, statusCode: 404, errorCode: "NoSuchKey")) == .stop)
    }

    @Test func dynamoDBHasTenAttemptsAFixedBaseAndCRC32Retries() throws {
        let dynamodb = try strategy("dynamodb")
        #expect(dynamodb.maxAttempts == 10)
        #expect(dynamodb.decide(after: RetryAttempt(number: 1, statusCode: 400, errorCode: "ProvisionedThroughputExceededException")) == .retry(after: 0.05))
        #expect(dynamodb.decide(after: RetryAttempt(number: 4, statusCode: 200, checksumMismatch: true)) == .retry(after: 0.4))
        #expect(dynamodb.decide(after: RetryAttempt(number: 2, statusCode: 409, errorCode: "ReplicatedWriteConflictException")) == .retry(after: 0.1))
        #expect(dynamodb.decide(after: RetryAttempt(number: 9, statusCode: 500)) == .retry(after: 0.05 * 256))
        #expect(dynamodb.decide(after: RetryAttempt(number: 10, statusCode: 500)) == .stop)
        #expect(dynamodb.decide(after: RetryAttempt(number: 1, statusCode: 400, errorCode: "ValidationException")) == .stop)
    }

    @Test func configuredAttemptsOverrideTheFile() throws {
        let dynamodb = try strategy("dynamodb", maxAttempts: 2)
        #expect(dynamodb.decide(after: RetryAttempt(number: 1, statusCode: 500)) == .retry(after: 0.05))
        #expect(dynamodb.decide(after: RetryAttempt(number: 2, statusCode: 500)) == .stop)
    }

    @Test func randomBaseStaysBelowTheGrowthBound() throws {
        let sqs = try strategy("sqs", jitter: .random)
        for attempt in 1...4 {
            for _ in 0..<50 {
                guard case .retry(let delay) = sqs.decide(after: RetryAttempt(number: attempt, statusCode: 500)) else {
                    Issue.record("attempt \(attempt) was not retried")
                    return
                }
                #expect(delay >= 0 && delay < pow(2, Double(attempt - 1)))
            }
        }
    }
}
