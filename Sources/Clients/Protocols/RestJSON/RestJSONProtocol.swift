import Foundation

/// The rest-json wire protocol (API Gateway, Lambda, Glacier, ...), as botocore's
/// `RestJSONSerializer` and `RestJSONParser`: members bound to the URI, query string and headers,
/// the rest as a JSON body.
public struct RestJSONProtocol: WireProtocol {
    private let serializer: RestRequestSerializer<RestJSONBodyCodec>
    private let parser = RestResponseParser(codec: RestJSONBodyCodec())

    /// Creates the protocol; `timestampPrecision` is the precision of timestamps in requests
    /// (botocore's serializer `timestamp_precision`: milliseconds for Bedrock AgentCore).
    public init(timestampPrecision: TimestampFormat.Precision = .standard) {
        serializer = RestRequestSerializer(codec: RestJSONBodyCodec(timestampPrecision: timestampPrecision),
                                           timestampPrecision: timestampPrecision)
    }

    /// Serializes `params` into method, path, query, headers and a JSON (or raw payload) body.
    public func serialize(_ params: Document, operation: OperationModel) throws -> SerializedRequest {
        try serializer.serialize(params, operation: operation)
    }

    /// Parses status-code, header and body members of the output shape.
    public func parse(_ response: ProtocolResponse, operation: OperationModel) throws -> Document {
        try parser.parse(response, shape: operation.output)
    }

    /// Parses an error: the code from `x-amzn-errortype`, the body's `code` or `__type`; the message;
    /// and the modeled error shape's members from headers and body.
    public func parseError(_ response: ProtocolResponse, operation: OperationModel) throws -> ParsedError {
        if let generic = GenericErrorResponse.parse(response) { return generic }
        var error = JSONErrorParser.parse(response)
        if let shape = operation.service.errorShape(forCode: error.code),
           case .map(let fields)? = try? parser.parse(response, shape: shape) {
            error.modeledFields = fields
        }
        return error
    }
}
