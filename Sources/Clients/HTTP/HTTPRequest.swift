import Foundation

/// A finished, signed HTTP request as a transport sends it. Transports must not add, change or
/// remove any header in it (the signature covers them).
public struct HTTPRequest: Sendable {
    /// HTTP method.
    public var method: String
    /// The full URL, already percent-encoded.
    public var url: URL
    /// Header fields.
    public var headers: HTTPHeaders
    /// The body.
    public var body: HTTPBody

    /// Creates a request.
    public init(method: String, url: URL, headers: HTTPHeaders = HTTPHeaders(), body: HTTPBody = .empty) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}
