import Foundation

/// How the payloads of an event stream's messages are encoded: the body format of the service's
/// protocol (XML for rest-xml, JSON for json and rest-json, CBOR for smithy-rpc-v2-cbor).
package enum EventStreamBodyFormat: Sendable, Hashable {
    /// XML (S3 `SelectObjectContent`).
    case xml
    /// JSON (Bedrock, Lambda, Kinesis, CloudWatch Logs, ...).
    case json
    /// CBOR.
    case cbor

    /// The format of protocol `name`; `nil` for query and ec2, which have no event streams.
    package init?(protocolName name: String) {
        switch name {
        case "rest-xml": self = .xml
        case "json", "rest-json": self = .json
        case "smithy-rpc-v2-cbor": self = .cbor
        default: return nil
        }
    }

    /// Whether the stream's first message is `initial-response`, holding the output's other
    /// members (json and CBOR); REST protocols carry those in the HTTP headers instead.
    package func startsWithInitialResponse(protocolName: String) -> Bool {
        protocolName == "json" || protocolName == "smithy-rpc-v2-cbor"
    }

    /// `body` read as `shape`; an empty body is an empty structure, as botocore reads it.
    package func decode(_ body: Data, shape: Shape) throws -> Document {
        switch self {
        case .xml:
            return try RestXMLBodyCodec().decode(body, shape: shape)
        case .json:
            let document = try JSONShapeDecoder.decode(body, shape: shape)
            return document == .null ? .map([:]) : document
        case .cbor:
            guard !body.isEmpty else { return .map([:]) }
            let item = try CBORProtocol.decodeBody(body)
            if item.isNullOrUndefined { return .map([:]) }
            return try CBORResponseReader().read(item, shape: shape, path: "")
        }
    }
}
