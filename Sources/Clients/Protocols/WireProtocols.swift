/// Chooses the wire protocol implementation for a service.
public enum WireProtocols {
    /// The protocol implementation for a model's protocol name (`rest-xml`, `query`, `ec2`, `json`,
    /// `rest-json`, `smithy-rpc-v2-cbor`). `timestampPrecision` is the precision of request timestamps
    /// (botocore's serializer `timestamp_precision`); only rest-json honours `.millisecond`, the one
    /// protocol of the one service that asks for it (Bedrock AgentCore).
    public static func named(_ name: String, metadata: ServiceMetadata,
                             timestampPrecision: TimestampFormat.Precision = .standard) throws -> any WireProtocol {
        switch name {
        case "rest-xml": return RestXMLProtocol()
        case "query": return QueryProtocol()
        case "ec2": return EC2Protocol()
        case "json": return JSONProtocol()
        case "rest-json": return RestJSONProtocol(timestampPrecision: timestampPrecision)
        case "smithy-rpc-v2-cbor": return CBORProtocol()
        default:
            throw ProtocolError(.unsupportedProtocol,
                                "protocol '\(name)' is not supported; supported: rest-xml, query, ec2, json, rest-json, smithy-rpc-v2-cbor")
        }
    }

    /// The protocol botocore would pick for `model` (its preferred supported protocol).
    public static func forService(_ model: ServiceModel, timestampPrecision: TimestampFormat.Precision = .standard) throws -> any WireProtocol {
        try named(model.metadata.resolvedProtocol, metadata: model.metadata, timestampPrecision: timestampPrecision)
    }
}
