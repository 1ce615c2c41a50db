import Foundation

/// The rest-xml wire protocol (S3, Route 53, CloudFront), as botocore's `RestXMLSerializer` and
/// `RestXMLParser`: members bound to the URI, query string and headers, the rest as an XML body.
public struct RestXMLProtocol: WireProtocol {
    private let serializer = RestRequestSerializer(codec: RestXMLBodyCodec())
    private let parser = RestResponseParser(codec: RestXMLBodyCodec())

    /// Creates the protocol.
    public init() {}

    /// Serializes `params` into method, path, query, headers and an XML (or raw payload) body.
    public func serialize(_ params: Document, operation: OperationModel) throws -> SerializedRequest {
        try serializer.serialize(params, operation: operation)
    }

    /// Parses status-code, header and body members of the output shape.
    public func parse(_ response: ProtocolResponse, operation: OperationModel) throws -> Document {
        try parser.parse(response, shape: operation.output)
    }

    /// Parses an error: code and message from `<Error>` (S3) or `<ErrorResponse><Error>`, else the
    /// status code; and the modeled error shape's members from headers and body.
    public func parseError(_ response: ProtocolResponse, operation: OperationModel) throws -> ParsedError {
        if let generic = GenericErrorResponse.parse(response) { return generic }
        var error = RestXMLErrorParser.parse(response)
        if let shape = operation.service.errorShape(forCode: error.code),
           case .map(let fields)? = try? parser.parse(response, shape: shape) {
            error.modeledFields = fields
        }
        return error
    }
}
