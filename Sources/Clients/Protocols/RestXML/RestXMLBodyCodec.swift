import Foundation

/// XML bodies for rest-xml: a structure is written as the element named by its `locationName`
/// (with its `xmlNamespace`), and read from the root element whatever its name, as botocore's
/// `RestXMLSerializer` and `RestXMLParser` do. Unset payloads send no body, and no Content-Type is
/// added (botocore adds none).
package struct RestXMLBodyCodec: RestBodyCodec {
    /// Creates the codec.
    package init() {}

    /// No bytes.
    package var emptyStructureBody: Data { Data() }

    /// None.
    package var structuredContentType: String? { nil }

    /// Never: an input without body parameters sends no body.
    package func requiresEmptyBody(_ input: Shape) -> Bool { false }

    /// The XML document for `value` as the element `rootName`.
    package func encode(_ value: Document, shape: Shape, rootName: String) throws -> Data {
        try XMLShapeEncoding.encode(value, shape: shape, rootName: rootName)
    }

    /// The body's root element read as `shape`; an empty (or blank) body reads as an empty map.
    package func decode(_ body: Data, shape: Shape) throws -> Document {
        guard body.contains(where: { !Self.isSpace($0) }) else { return .map([:]) }
        let root: XMLTree.Element
        do {
            root = try XMLReader.parse(body)
        } catch {
            throw ProtocolError(.malformedResponse, "the response body is not valid XML (\(error)); "
                                + "body starts with: \(String(decoding: body.prefix(120), as: UTF8.self))")
        }
        return try XMLShapeDecoding.decode(root, shape: shape)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
