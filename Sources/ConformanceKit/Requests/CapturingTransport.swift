import AWSClients
import Foundation

/// A transport that sends nothing: it hands the request it was given (signed, as it would go on
/// the wire) back to the caller inside a `CapturedRequest` error, which ends the call there.
///
/// Throwing rather than answering keeps the capture independent of any response: no parsing,
/// and no retry (the client retries `HTTPTransportError`s and error statuses, never other errors).
///
/// With `answeringDiscovery`, an endpoint-discovery call (`DescribeEndpoints`) is answered instead,
/// with the address the differential test's botocore side answers (`discoveredHost`), so that the
/// operation that needed it is sent next, to that host, and captured.
public struct CapturingTransport: HTTPTransport {
    /// The address discovery calls are answered with.
    public static let discoveredHost = "discovered.endpoint.example"

    private let answeringDiscovery: Bool

    /// Creates the transport.
    public init(answeringDiscovery: Bool = false) {
        self.answeringDiscovery = answeringDiscovery
    }

    /// Throws `CapturedRequest` holding `request`, or answers a discovery call.
    public func send(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws -> HTTPResponse {
        if answeringDiscovery, request.headers["X-Amz-Target"]?.hasSuffix(".DescribeEndpoints") == true {
            let body = #"{"Endpoints":[{"Address":"\#(Self.discoveredHost)","CachePeriodInMinutes":1}]}"#
            return HTTPResponse(statusCode: 200, headers: ["Content-Type": "application/x-amz-json-1.0"], body: Data(body.utf8))
        }
        throw CapturedRequest(request: request)
    }
}

/// The request a `CapturingTransport` was asked to send.
public struct CapturedRequest: Error, Sendable {
    /// The request exactly as the client passed it to the transport.
    public let request: HTTPRequest
}
