/// Chooses the wire protocol implementation for a service.
public enum WireProtocols {
    /// The protocol implementation for a model's protocol name (`rest-xml`, `query`, `ec2`, `json`,
    /// `rest-json`, `smithy-rpc-v2-cbor`).
    public static func named(_ name: String, metadata: ServiceMetadata) throws -> any WireProtocol {
        switch name {
        case "rest-xml": return RestXMLProtocol()
        case "query": return QueryProtocol()
        case "ec2": return EC2Protocol()
        case "json": return JSONProtocol()
        case "rest-json": return RestJSONProtocol()
        case "smithy-rpc-v2-cbor": return CBORProtocol()
        default:
            throw ProtocolError(.unsupportedProtocol,
                                "protocol '\(name)' is not supported; supported: rest-xml, query, ec2, json, rest-json, smithy-rpc-v2-cbor")
        }
    }

    /// The protocol botocore would pick for `model` (its preferred supported protocol).
    public static func forService(_ model: ServiceModel) throws -> any WireProtocol {
        try named(model.metadata.resolvedProtocol, metadata: model.metadata)
    }
}
