import AWSClients
import Foundation
import Synchronization

/// An in-process `HTTPTransport` for tests below the `Stubber`: records every request and
/// answers from a handler, so a test can check the exact bytes a client sends.
///
/// ```swift
/// let transport = StubTransport { _ in HTTPResponse(statusCode: 200) }
/// let s3 = try Session(region: "us-east-1", credentials: credentials, transport: transport)
///     .client("s3", endpointURL: "http://127.0.0.1:1")
/// _ = try await s3.headBucket(Bucket: "b")
/// transport.requests.first?.url                      // http://127.0.0.1:1/b
/// ```
public final class StubTransport: HTTPTransport {
    private let handler: @Sendable (HTTPRequest) throws -> HTTPResponse
    private let recorded = Mutex<[(request: HTTPRequest, timeouts: HTTPTimeouts)]>([])

    /// Answers every request with `handler`'s response (or its thrown error).
    public init(_ handler: @escaping @Sendable (HTTPRequest) throws -> HTTPResponse) {
        self.handler = handler
    }

    /// Answers requests with `responses` in order, the last one repeated (a 500 when empty).
    public convenience init(responses: [HTTPResponse]) {
        let queue = Mutex(responses)
        self.init { _ in
            queue.withLock { pending in pending.count > 1 ? pending.removeFirst() : (pending.first ?? HTTPResponse(statusCode: 500)) }
        }
    }

    /// A transport for a JSON-protocol service (SQS, DynamoDB): `handler` gets the operation name
    /// (from `X-Amz-Target`) and the request body, and returns the response body.
    public static func json(_ handler: @escaping @Sendable (_ operation: String, _ body: Document) throws -> Document) -> StubTransport {
        StubTransport { request in
            let body = try request.body.inMemoryData.map { try JSONValue.parse($0).document } ?? .map([:])
            let response = try handler(operationName(of: request), body)
            return HTTPResponse(statusCode: 200, headers: HTTPHeaders([("Content-Type", "application/x-amz-json-1.0")]),
                                body: Data(JSONWriter.string(response).utf8))
        }
    }

    /// Every request sent so far, in order.
    public var requests: [HTTPRequest] { recorded.withLock { $0.map(\.request) } }

    /// The timeouts each request was sent with, in order.
    public var timeouts: [HTTPTimeouts] { recorded.withLock { $0.map(\.timeouts) } }

    /// The operations (JSON `X-Amz-Target` names) of the requests sent so far.
    public var operations: [String] { requests.map(Self.operationName(of:)) }

    /// The JSON bodies of the requests sent so far (`.null` for one that is not JSON).
    public var bodies: [Document] {
        requests.map { request in (try? request.body.inMemoryData.map { try JSONValue.parse($0).document }) ?? nil ?? .null }
    }

    /// Records `request` and answers it with the handler.
    public func send(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws -> HTTPResponse {
        recorded.withLock { $0.append((request, timeouts)) }
        return try handler(request)
    }

    private static func operationName(of request: HTTPRequest) -> String {
        String((request.headers["X-Amz-Target"] ?? "").split(separator: ".").last ?? "")
    }
}
