import Foundation

/// The json wire protocol (JSON 1.0 and 1.1 RPC: DynamoDB, SQS, CloudWatch Logs, ...), as botocore's
/// `JSONSerializer` and `JSONParser`.
///
/// Every request is a `POST /` whose `X-Amz-Target` names the operation and whose body is the
/// input structure as JSON; responses are the output structure as JSON.
public struct JSONProtocol: WireProtocol {
    /// Creates the protocol.
    public init() {}

    /// Serializes `params` as the JSON body of a `POST /`, with the target and content-type headers.
    public func serialize(_ params: Document, operation: OperationModel) throws -> SerializedRequest {
        let metadata = operation.service.metadata
        var headers = HTTPHeaders()
        headers.add(name: "X-Amz-Target", value: Self.target(prefix: metadata.targetPrefix ?? "", operation: operation.name))
        headers.add(name: "Content-Type", value: Self.contentType(version: metadata.jsonVersion ?? "1.0"))
        if metadata.isQueryCompatible { headers.add(name: "x-amzn-query-mode", value: "true") }
        let body: Data
        if let input = operation.input, case .map(let members) = params, !members.isEmpty {
            body = try JSONShapeEncoder.encode(params, shape: input)
        } else {
            body = Data("{}".utf8)
        }
        return SerializedRequest(method: operation.httpMethod, path: "/", headers: headers, body: body,
                                 hostPrefix: try HostPrefix.expand(for: operation, params: params))
    }

    /// `prefix.operation`, built in one allocation.
    private static func target(prefix: String, operation: String) -> String {
        let count = prefix.utf8.count + 1 + operation.utf8.count
        return PercentEncoding.withBytes(of: prefix) { prefix in
            PercentEncoding.withBytes(of: operation) { operation in
                String(unsafeUninitializedCapacity: count) { out in
                    var position = UnsafeMutableBufferPointer(rebasing: out[...]).initialize(fromContentsOf: prefix)
                    out[position] = UInt8(ascii: ".")
                    position += 1
                    position += UnsafeMutableBufferPointer(rebasing: out[position...]).initialize(fromContentsOf: operation)
                    return position
                }
            }
        }
    }

    /// The content type for a JSON version: literals for the two versions in use (no string built per call).
    private static func contentType(version: String) -> String {
        switch version {
        case "1.0": return "application/x-amz-json-1.0"
        case "1.1": return "application/x-amz-json-1.1"
        default: return "application/x-amz-json-" + version
        }
    }

    /// Parses the JSON body as the output shape (`{}` when the operation has none).
    public func parse(_ response: ProtocolResponse, operation: OperationModel) throws -> Document {
        guard let output = operation.output else { return .map([:]) }
        let parsed = try JSONShapeDecoder.decode(response.body, shape: output)
        if case .null = parsed { return .map([:]) }
        return parsed
    }

    /// Parses an error: the code from `__type` (as botocore: not the `x-amzn-errortype` header nor a body `code`), the message, and the
    /// members of the modeled error shape from the body.
    public func parseError(_ response: ProtocolResponse, operation: OperationModel) throws -> ParsedError {
        if let generic = GenericErrorResponse.parse(response) { return generic }
        var error = JSONErrorParser.parse(response, restJSON: false)
        if let shape = operation.service.errorShape(forCode: error.code),
           case .map(let fields)? = try? JSONShapeDecoder.decode(response.body, shape: shape) {
            error.modeledFields = fields
        }
        return error
    }
}
