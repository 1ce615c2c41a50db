import Foundation

/// The smithy-rpc-v2-cbor wire protocol, as botocore's `RpcV2CBORSerializer` and
/// `RpcV2CBORParser` speak it.
///
/// Requests are `POST /service/{targetPrefix}/operation/{Operation}` with the input structure
/// as a CBOR map (timestamps as tag 1 epoch seconds, blobs as byte strings) and the header
/// `smithy-protocol: rpc-v2-cbor`. Responses are read by the output shape; errors take their code
/// from `__type` (namespace stripped) or, for query-compatible services, `x-amzn-query-error`.
/// ```swift
/// let request = try CBORProtocol().serialize(["Name": "x"], operation: model.operation("GetThing"))
/// request.path   // /service/ThingService/operation/GetThing
/// ```
public struct CBORProtocol: WireProtocol {
    /// The media type of request and response bodies.
    static let mediaType = "application/cbor"
    /// The decoder for response bodies: lenient about trailing bytes, as botocore is.
    static let decoder = CBORDecoder(maxDepth: 128, allowsTrailingBytes: true)

    /// Creates the protocol.
    public init() {}

    /// Serializes `params` into a CBOR request for `operation`.
    public func serialize(_ params: Document, operation: OperationModel) throws -> SerializedRequest {
        guard let target = operation.service.metadata.targetPrefix, !target.isEmpty else {
            throw ProtocolError(.serialization,
                                "the service model has no metadata.targetPrefix; smithy-rpc-v2-cbor needs it for the request path")
        }
        var request = SerializedRequest(method: "POST", path: "/service/\(target)/operation/\(operation.name)")
        if let input = operation.input {
            var writer = CBORBodyWriter()
            try writer.write(params, shape: input, path: "")
            request.body = writer.encoder.data
        }
        request.hostPrefix = try HostPrefix.expand(for: operation, params: params)
        request.headers["smithy-protocol"] = "rpc-v2-cbor"
        if operation.service.metadata.isQueryCompatible {
            request.headers["x-amzn-query-mode"] = "true"
        }
        let accept = operation.eventStreamOutput != nil ? "application/vnd.amazon.eventstream" : Self.mediaType
        request.headers["Accept"] = accept
        // Content-Length is left to the transport, as for every other protocol and as botocore
        // does: set here, it was signed, and botocore's requests do not sign it.
        if !request.body.isEmpty {
            request.headers["Content-Type"] = accept
        }
        return request
    }

    /// Parses a successful response by the output shape; an empty body is an empty result.
    public func parse(_ response: ProtocolResponse, operation: OperationModel) throws -> Document {
        guard let output = operation.output else { return .emptyMap }
        guard !response.body.isEmpty else { return .emptyMap }
        let item = try Self.decodeBody(response.body)
        if item.isNullOrUndefined { return .emptyMap }
        return try CBORResponseReader().read(item, shape: output, path: "")
    }

    /// Decodes a response body, turning decoding problems into `ProtocolError`s.
    static func decodeBody(_ body: Data) throws(ProtocolError) -> CBORValue {
        do {
            return try decoder.decode(body)
        } catch {
            throw ProtocolError(.malformedResponse,
                                "the response body is not valid CBOR (\(error)); the service or a proxy sent something else")
        }
    }
}
