import Foundation

/// An HTTP response as the protocol parsers see it: status, headers and the whole body.
public struct ProtocolResponse: Sendable {
    /// HTTP status code.
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
