import Foundation
import Synchronization
import Testing
@testable import AWSClients
import AWSTesting

/// Retries through the client pipeline, with a recording sleep instead of real waiting.
@Suite struct ClientRetryTests {
    private static let throttled = Canned.s3Error(503, code: "SlowDown", message: "Please reduce your request rate.")

    @Test(arguments: [
        Canned.s3Error(500, code: "InternalError", message: "We encountered an internal error."),
        Canned.s3Error(503, code: "SlowDown", message: "Please reduce your request rate."),
        Canned.s3Error(400, code: "RequestTimeout", message: "Your socket connection to the server was not read from."),
        HTTPResponse(statusCode: 502),
    ])
    func standardModeRetriesTransientErrorsAndCountsAttempts(failure: HTTPResponse) async throws {
        let stub = StubTransport(responses: [failure, failure, Canned.s3OK])
        let sleeps = FactoryClients.SleepRecorder()
        let s3 = try FactoryClients.client("s3", transport: stub, config: Config(retries: RetryConfig(mode: .standard)), sleeps: sleeps)
        let output = try await s3.putObject(Bucket: "b", Key: "k")
        #expect(stub.requests.count == 3, "status \(failure.statusCode)")
        #expect(output["ResponseMetadata"]?["RetryAttempts"]?.int == 2)
        #expect(sleeps.recorded.count == 2)
        // Full jitter: attempt n waits rand * 2^(n-1) seconds.
        #expect(sleeps.recorded[0] >= 0 && sleeps.recorded[0] < 1)
        #expect(sleeps.recorded[1] >= 0 && sleeps.recorded[1] < 2)
    }

    @Test func throttlingCodesAreRetried() async throws {
        let throttling = Canned.json(400, #"{"__type": "ThrottlingException", "message": "Rate exceeded"}"#)
        let stub = StubTransport(responses: [throttling, Canned.json(200, #"{"TableNames": []}"#)])
        let sleeps = FactoryClients.SleepRecorder()
        let dynamodb = try FactoryClients.client("dynamodb", transport: stub, config: Config(retries: RetryConfig(mode: .standard)),
                                                 sleeps: sleeps)
        let output = try await dynamodb.listTables()
        #expect(output["ResponseMetadata"]?["RetryAttempts"]?.int == 1)
        #expect(stub.requests.count == 2)
    }

    @Test func standardModeGivesUpAfterMaxAttemptsAndSaysSo() async throws {
        let stub = StubTransport { _ in Self.throttled }
        let sleeps = FactoryClients.SleepRecorder()
        let s3 = try FactoryClients.client("s3", transport: stub, config: Config(retries: RetryConfig(mode: .standard)), sleeps: sleeps)
        let error = try #require(await #expect(throws: ClientError.self) { _ = try await s3.putObject(Bucket: "b", Key: "k") })
        #expect(stub.requests.count == 3)
        #expect(sleeps.recorded.count == 2)
        #expect(error.code == "SlowDown")
        #expect(error.response["ResponseMetadata"]?["RetryAttempts"]?.int == 2)
        #expect(error.response["ResponseMetadata"]?["MaxAttemptsReached"]?.bool == true)
        #expect(error.description == "An error occurred (SlowDown) when calling the PutObject operation (reached max retries: 2): Please reduce your request rate.")
    }

    @Test func totalMaxAttemptsIsHonoured() async throws {
        let stub = StubTransport { _ in Self.throttled }
        let sleeps = FactoryClients.SleepRecorder()
        let s3 = try FactoryClients.client("s3", transport: stub, config: Config(retries: RetryConfig(mode: .standard, totalMaxAttempts: 5)),
                                           sleeps: sleeps)
        _ = await #expect(throws: ClientError.self) { _ = try await s3.putObject(Bucket: "b", Key: "k") }
        #expect(stub.requests.count == 5)
        // Backoff caps grow as 1, 2, 4, 8 seconds.
        for (index, delay) in sleeps.recorded.enumerated() {
            #expect(delay >= 0 && delay < Double(1 << index), "retry \(index + 1) waited \(delay)")
        }
    }

    @Test func nonRetryableErrorsAreThrownAtOnce() async throws {
        let stub = StubTransport { _ in Canned.s3Error(403, code: "AccessDenied", message: "Access Denied") }
        let sleeps = FactoryClients.SleepRecorder()
        let s3 = try FactoryClients.client("s3", transport: stub, config: Config(retries: RetryConfig(mode: .standard)), sleeps: sleeps)
        let error = try #require(await #expect(throws: ClientError.self) { _ = try await s3.putObject(Bucket: "b", Key: "k") })
        #expect(stub.requests.count == 1)
        #expect(sleeps.recorded.isEmpty)
        #expect(error.response["ResponseMetadata"]?["MaxAttemptsReached"] == nil)
        #expect(error.description == "An error occurred (AccessDenied) when calling the PutObject operation: Access Denied")
    }

    @Test(arguments: [HTTPTransportError.Code.connectionFailed, .connectTimeout, .readTimeout, .connectionClosed])
    func transientTransportErrorsAreRetried(code: HTTPTransportError.Code) async throws {
        let calls = Mutex(0)
        let stub = StubTransport { request in
            let count = calls.withLock { $0 += 1; return $0 }
            if count == 1 { throw HTTPTransportError(code, url: request.url.absoluteString, underlying: "stub") }
            return Canned.s3OK
        }
        let sleeps = FactoryClients.SleepRecorder()
        let s3 = try FactoryClients.client("s3", transport: stub, config: Config(retries: RetryConfig(mode: .standard)), sleeps: sleeps)
        let output = try await s3.putObject(Bucket: "b", Key: "k")
        #expect(output["ResponseMetadata"]?["RetryAttempts"]?.int == 1, "code \(code)")
        #expect(stub.requests.count == 2)
    }

    @Test func transportErrorsAreThrownAfterTheLastAttempt() async throws {
        let stub = StubTransport { request in throw HTTPTransportError(.connectionFailed, url: request.url.absoluteString, underlying: "refused") }
        let sleeps = FactoryClients.SleepRecorder()
        let s3 = try FactoryClients.client("s3", transport: stub, config: Config(retries: RetryConfig(mode: .standard)), sleeps: sleeps)
        let error = try #require(await #expect(throws: HTTPTransportError.self) { _ = try await s3.putObject(Bucket: "b", Key: "k") })
        #expect(error.code == .connectionFailed)
        #expect(stub.requests.count == 3)
    }

    @Test func eachAttemptIsSignedAgain() async throws {
        let stub = StubTransport(responses: [Self.throttled, Canned.s3OK])
        let sleeps = FactoryClients.SleepRecorder()
        let s3 = try FactoryClients.client("s3", transport: stub, config: Config(retries: RetryConfig(mode: .standard)), sleeps: sleeps)
        _ = try await s3.putObject(Bucket: "b", Key: "k")
        #expect(stub.requests.allSatisfy { $0.headers["Authorization"]?.hasPrefix("AWS4-HMAC-SHA256 ") == true })
        #expect(stub.requests.allSatisfy { $0.headers.values(for: "Authorization").count == 1 })
    }

    @Test func legacyModeGivesDynamoDBTenAttempts() async throws {
        let throttled = Canned.json(400, #"{"__type": "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException", "message": "slow down"}"#)
        let stub = StubTransport { _ in throttled }
        let sleeps = FactoryClients.SleepRecorder()
        let dynamodb = try FactoryClients.client("dynamodb", transport: stub, config: Config(retries: RetryConfig(mode: .legacy)),
                                                 sleeps: sleeps)
        let error = try #require(await #expect(throws: ClientError.self) { _ = try await dynamodb.listTables() })
        #expect(error.code == "ProvisionedThroughputExceededException")
        #expect(stub.requests.count == 10)
        #expect(error.response["ResponseMetadata"]?["RetryAttempts"]?.int == 9)
        // DynamoDB's legacy delay: 0.05 * 2^(attempt-1).
        #expect(sleeps.recorded == (0..<9).map { 0.05 * Double(1 << $0) })
    }

    @Test func legacyModeGivesOtherServicesFiveAttempts() async throws {
        let stub = StubTransport { _ in Canned.s3Error(500, code: "InternalError", message: "oops") }
        let sleeps = FactoryClients.SleepRecorder()
        let s3 = try FactoryClients.client("s3", transport: stub, config: Config(retries: RetryConfig(mode: .legacy)), sleeps: sleeps)
        _ = await #expect(throws: ClientError.self) { _ = try await s3.putObject(Bucket: "b", Key: "k") }
        #expect(stub.requests.count == 5)
        #expect(sleeps.recorded.count == 4)
    }

    @Test func theRetryModeComesFromTheEnvironment() async throws {
        let stub = StubTransport { _ in Canned.s3Error(500, code: "InternalError", message: "oops") }
        let sleeps = FactoryClients.SleepRecorder()
        let s3 = try FactoryClients.client("s3", transport: stub, environment: ["AWS_RETRY_MODE": "standard", "AWS_MAX_ATTEMPTS": "2"],
                                           sleeps: sleeps)
        _ = await #expect(throws: ClientError.self) { _ = try await s3.putObject(Bucket: "b", Key: "k") }
        #expect(stub.requests.count == 2)
    }
}
