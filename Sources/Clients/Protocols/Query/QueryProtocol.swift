/// The query wire protocol. Placeholder until its serializer and parser land.
public struct QueryProtocol: WireProtocol {
    /// Creates the protocol.
    public init() {}

    /// Not yet implemented.
    public func serialize(_ params: Document, operation: OperationModel) throws -> SerializedRequest {
        throw ProtocolError(.unsupportedProtocol, "query serialization is not implemented yet")
    }

    /// Not yet implemented.
    public func parse(_ response: ProtocolResponse, operation: OperationModel) throws -> Document {
        throw ProtocolError(.unsupportedProtocol, "query parsing is not implemented yet")
    }

    /// Not yet implemented.
    public func parseError(_ response: ProtocolResponse, operation: OperationModel) throws -> ParsedError {
        throw ProtocolError(.unsupportedProtocol, "query parsing is not implemented yet")
    }
}
