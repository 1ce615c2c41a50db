/// The ec2 wire protocol: query-style requests with ec2's naming rules (`queryName`, capitalized
/// `locationName`, lists always flattened), unwrapped XML responses, `<Response><Errors>` errors.
public struct EC2Protocol: WireProtocol {
    private let serializer = QuerySerializer(dialect: .ec2)
    private let parser = QueryResponseParser(dialect: .ec2)

    /// Creates the protocol.
    public init() {}

    /// A form-encoded POST of `Action`, `Version` and the flattened parameters.
    public func serialize(_ params: Document, operation: OperationModel) throws -> SerializedRequest {
        try serializer.serialize(params, operation: operation)
    }

    /// The output structure from the response's root element.
    public func parse(_ response: ProtocolResponse, operation: OperationModel) throws -> Document {
        try parser.parse(response, operation: operation)
    }

    /// The error from a `<Response><Errors><Error>` body.
    public func parseError(_ response: ProtocolResponse, operation: OperationModel) throws -> ParsedError {
        try parser.parseError(response, operation: operation)
    }

    /// The request ID in the body of a successful response.
    public func bodyRequestID(_ response: ProtocolResponse) -> String? {
        parser.requestID(in: response)
    }
}
