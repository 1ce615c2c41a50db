import Foundation
import Synchronization
import Testing
@testable import AWSClients
import AWSTesting

/// `amz-sdk-invocation-id` and `amz-sdk-request` (botocore's `add_retry_headers`). Expected values:
/// botocore 1.43.11 on a stub answering 500, 500, 200 with `Date: Sun, 17 May 2026 12:34:56 GMT`:
/// `attempt=1`, then `ttl=20260517T123556Z; attempt=2; max=4` (the Date plus the 60 s read timeout),
/// the same invocation id on every attempt; `max` is 4 with `total_max_attempts=4` in both modes,
/// and 3 (standard) or 5 (legacy) by default.
@Suite struct RetryHeadersTests {
    static let date: HTTPHeaders = ["Date": "Sun, 17 May 2026 12:34:56 GMT"]

    static func sqsError(_ headers: HTTPHeaders = date) -> HTTPResponse {
        Canned.json(500, #"{"__type":"InternalError","message":"x"}"#, headers: headers)
    }

    static func config(_ mode: RetryMode, attempts: Int?) -> Config {
        var config = Config()
        config.retries = RetryConfig(mode: mode, totalMaxAttempts: attempts)
        return config
    }

    @Test(arguments: [(RetryMode.standard, 4 as Int?, 4), (.legacy, 4, 4), (.standard, nil, 3), (.legacy, nil, 5)])
    func attemptsCarryBotocoresHeaders(mode: RetryMode, attempts: Int?, max: Int) async throws {
        let transport = StubTransport(responses: [Self.sqsError(), Self.sqsError(), Canned.json(200, "{}")])
        let sqs = try HandlerClients.client("sqs", transport: transport, config: Self.config(mode, attempts: attempts))
        _ = try await sqs.listQueues()
        let requests = transport.requests
        try #require(requests.count == 3)
        #expect(requests.map { $0.headers["amz-sdk-request"] } == [
            "attempt=1", "ttl=20260517T123556Z; attempt=2; max=\(max)", "ttl=20260517T123556Z; attempt=3; max=\(max)",
        ])
        let ids = Set(requests.compactMap { $0.headers["amz-sdk-invocation-id"] })
        #expect(ids.count == 1)
        let id = try #require(ids.first)
        #expect(UUID(uuidString: id) != nil && id == id.lowercased(), "\(id)")
        for request in requests {
            let authorization = request.headers["Authorization"] ?? ""
            #expect(authorization.contains("SignedHeaders=") && !authorization.contains("amz-sdk"), "\(authorization)")
        }
    }

    @Test func eachCallHasItsOwnInvocationID() async throws {
        let transport = StubTransport(responses: [Canned.json(200, "{}")])
        let sqs = try HandlerClients.client("sqs", transport: transport)
        _ = try await sqs.listQueues()
        _ = try await sqs.listQueues()
        let ids = transport.requests.compactMap { $0.headers["amz-sdk-invocation-id"] }
        #expect(ids.count == 2 && ids[0] != ids[1])
        #expect(transport.requests.allSatisfy { $0.headers["amz-sdk-request"] == "attempt=1" })
    }

    /// No `Date`: no `ttl` (botocore: `attempt=2; max=4`); a later response's `Date` adds it, and it
    /// stays through an attempt that got no response.
    @Test func ttlFollowsTheLastRetriedResponseWithADate() async throws {
        let answers = Mutex([Self.sqsError([:]), Self.sqsError(["Date": "Sun, 17 May 2026 12:40:00 GMT"])])
        let transport = StubTransport { request in
            if let next = answers.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) { return next }
            if request.headers["amz-sdk-request"]?.contains("attempt=3") == true {
                throw HTTPTransportError(.connectionFailed, url: request.url.absoluteString, underlying: "reset")
            }
            return Canned.json(200, "{}")
        }
        let sqs = try HandlerClients.client("sqs", transport: transport, config: Self.config(.standard, attempts: 5))
        _ = try await sqs.listQueues()
        #expect(transport.requests.map { $0.headers["amz-sdk-request"] } == [
            "attempt=1", "attempt=2; max=5", "ttl=20260517T124100Z; attempt=3; max=5", "ttl=20260517T124100Z; attempt=4; max=5",
        ])
    }

    @Test func streamingCallsCarryThemToo() async throws {
        let transport = StubTransport(responses: [Canned.s3Error(500, code: "InternalError", message: "x", extra: ""),
                                                  HTTPResponse(statusCode: 200, headers: [:], body: Data("data".utf8))])
        let s3 = try HandlerClients.client("s3", transport: transport, config: Self.config(.standard, attempts: 3))
        let object = try await s3.callStreaming("GetObject", ["Bucket": "b", "Key": "k"])
        _ = try await object.body.collect(upTo: 100)
        #expect(transport.requests.map { $0.headers["amz-sdk-request"] } == ["attempt=1", "attempt=2; max=3"])
        #expect(Set(transport.requests.compactMap { $0.headers["amz-sdk-invocation-id"] }).count == 1)
    }

    @Test func presignedURLsCarryNone() throws {
        let sqs = try HandlerClients.client("sqs", transport: HandlerClients.answering())
        let url = try sqs.generatePresignedURL("ListQueues", params: [:], expiresIn: 60, httpMethod: nil, date: HandlerClients.date)
        #expect(!url.absoluteString.contains("amz-sdk"))
    }
}
