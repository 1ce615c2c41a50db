import Foundation

/// JSON bodies for rest-json: structures as JSON objects, `{}` for an unset structure payload and
/// for inputs with body members, `Content-Type: application/json` on structured bodies.
package struct RestJSONBodyCodec: RestBodyCodec {
    /// The precision of timestamps in bodies.
    package var timestampPrecision: TimestampFormat.Precision

    /// Creates the codec.
    package init(timestampPrecision: TimestampFormat.Precision = .standard) {
        self.timestampPrecision = timestampPrecision
    }

    /// `{}`.
    package var emptyStructureBody: Data { Data("{}".utf8) }

    /// `application/json`.
    package var structuredContentType: String? { "application/json" }

    /// True when some member of the input is not bound to the URI, query string or headers
    /// (botocore's `RestJSONSerializer._requires_empty_body`).
    package func requiresEmptyBody(_ input: Shape) -> Bool {
        input.members.contains { $0.shape.location == nil }
    }

    /// The JSON text of `value` as `shape`.
    package func encode(_ value: Document, shape: Shape, rootName: String) throws -> Data {
        try JSONShapeEncoder.encode(value, shape: shape, timestampPrecision: timestampPrecision)
    }

    /// The body as `shape`.
    package func decode(_ body: Data, shape: Shape) throws -> Document {
        try JSONShapeDecoder.decode(body, shape: shape)
    }
}
