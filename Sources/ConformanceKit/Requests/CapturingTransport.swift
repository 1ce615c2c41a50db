import AWSClients
import Foundation

/// A transport that sends nothing: it hands the request it was given (signed, as it would go on
/// the wire) back to the caller inside a `CapturedRequest` error, which ends the call there.
///
/// Throwing rather than answering keeps the capture independent of any response: no parsing,
/// and no retry (the client retries `HTTPTransportError`s and error statuses, never other errors).
public struct CapturingTransport: HTTPTransport {
    /// Creates the transport.
    public init() {}

    /// Throws `CapturedRequest` holding `request`.
    public func send(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws -> HTTPResponse {
        throw CapturedRequest(request: request)
    }
}

/// The request a `CapturingTransport` was asked to send.
public struct CapturedRequest: Error, Sendable {
    /// The request exactly as the client passed it to the transport.
    public let request: HTTPRequest
}
