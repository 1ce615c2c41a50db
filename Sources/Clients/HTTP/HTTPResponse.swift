import Foundation

/// An HTTP response with its whole body read.
public struct HTTPResponse: Sendable {
    /// Status code.
    public var statusCode: Int
    /// Header fields.
    public var headers: HTTPHeaders
    /// Body bytes.
    public var body: Data

    /// Creates a response.
    public init(statusCode: Int, headers: HTTPHeaders = HTTPHeaders(), body: Data = Data()) {
        self.statusCode = statusCode
        self.headers = headers
        self.body = body
    }
}

/// An HTTP response whose body is still arriving.
public struct HTTPStreamingResponse: Sendable {
    /// Status code.
    public var statusCode: Int
    /// Header fields.
    public var headers: HTTPHeaders
    /// The body, read as it arrives.
    public var body: HTTPResponseBody

    /// Creates a response.
    public init(statusCode: Int, headers: HTTPHeaders = HTTPHeaders(), body: HTTPResponseBody) {
        self.statusCode = statusCode
        self.headers = headers
        self.body = body
    }
}
