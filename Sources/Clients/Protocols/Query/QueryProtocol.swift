/// The query wire protocol (awsQuery: SQS, SNS, IAM, STS, CloudFormation, ...): form-encoded
/// requests, XML responses wrapped in `<OperationResult>`, `<ErrorResponse>` errors.
public struct QueryProtocol: WireProtocol {
    private let serializer = QuerySerializer(dialect: .query)
    private let parser = QueryResponseParser(dialect: .query)

    /// Creates the protocol.
    public init() {}

    /// A form-encoded POST of `Action`, `Version` and the flattened parameters.
    public func serialize(_ params: Document, operation: OperationModel) throws -> SerializedRequest {
        try serializer.serialize(params, operation: operation)
    }

    /// The output structure from the response's result wrapper element.
    public func parse(_ response: ProtocolResponse, operation: OperationModel) throws -> Document {
        try parser.parse(response, operation: operation)
    }

    /// The error from an `<ErrorResponse>` body.
    public func parseError(_ response: ProtocolResponse, operation: OperationModel) throws -> ParsedError {
        try parser.parseError(response, operation: operation)
    }

    /// The request ID in the body of a successful response.
    public func bodyRequestID(_ response: ProtocolResponse) -> String? {
        parser.requestID(in: response)
    }
}
