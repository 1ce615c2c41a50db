/// One AWS wire protocol: how parameters become a request and how responses become documents.
///
/// Implementations are stateless values, one per protocol (`RestXMLProtocol`, `QueryProtocol`,
/// `EC2Protocol`, `JSONProtocol`, `RestJSONProtocol`, `CBORProtocol`).
public protocol WireProtocol: Sendable {
    /// Serializes `params` (already validated against the input shape) for `operation`.
    func serialize(_ params: Document, operation: OperationModel) throws -> SerializedRequest

    /// Parses a successful response into a document shaped like botocore's parsed dict, without
    /// `ResponseMetadata` (the client adds it).
    func parse(_ response: ProtocolResponse, operation: OperationModel) throws -> Document

    /// Parses an error response: code, message, botocore's `Error` dict and the modeled fields.
    func parseError(_ response: ProtocolResponse, operation: OperationModel) throws -> ParsedError

    /// The request ID a successful response carries in its body (query's
    /// `<ResponseMetadata><RequestId>`, ec2's `<requestId>`); the client asks only when no
    /// request-ID header came. `nil` by default.
    func bodyRequestID(_ response: ProtocolResponse) -> String?
}

extension WireProtocol {
    /// Protocols whose request IDs travel in headers only have none in the body.
    public func bodyRequestID(_ response: ProtocolResponse) -> String? { nil }
}

/// Errors from serializing a request or parsing a response.
public struct ProtocolError: Error, Sendable, CustomStringConvertible {
    /// The family of problem.
    public enum Code: Sendable, Hashable {
        /// A parameter cannot be written in this protocol (wrong type, missing URI label, ...).
        case serialization
        /// The response body is not valid for the protocol (bad XML, JSON or CBOR, wrong shape).
        case malformedResponse
        /// The model names a protocol the SDK does not speak.
        case unsupportedProtocol
    }

    /// The family of problem.
    public let code: Code
    /// What went wrong.
    public let message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
