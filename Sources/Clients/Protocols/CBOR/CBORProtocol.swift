/// The smithy-rpc-v2-cbor wire protocol. Placeholder until its serializer and parser land.
public struct CBORProtocol: WireProtocol {
    /// Creates the protocol.
    public init() {}

    /// Not yet implemented.
    public func serialize(_ params: Document, operation: OperationModel) throws -> SerializedRequest {
        throw ProtocolError(.unsupportedProtocol, "smithy-rpc-v2-cbor serialization is not implemented yet")
    }

    /// Not yet implemented.
    public func parse(_ response: ProtocolResponse, operation: OperationModel) throws -> Document {
        throw ProtocolError(.unsupportedProtocol, "smithy-rpc-v2-cbor parsing is not implemented yet")
    }

    /// Not yet implemented.
    public func parseError(_ response: ProtocolResponse, operation: OperationModel) throws -> ParsedError {
        throw ProtocolError(.unsupportedProtocol, "smithy-rpc-v2-cbor parsing is not implemented yet")
    }
}
