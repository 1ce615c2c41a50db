import Foundation

/// Writes `XMLTree.Element`s as XML text the way Python's `ElementTree.tostring` does, which
/// is what botocore sends: no declaration, attributes in order, empty elements as `<a />`,
/// `& < >` escaped in text and `& < > " \n \r \t` in attribute values.
package struct XMLWriter {
    /// The UTF-8 bytes written so far.
    package private(set) var bytes: [UInt8] = []

    /// An empty writer.
    package init() {}

    /// The XML text of `element` as bytes.
    package static func data(_ element: XMLTree.Element) -> Data {
        var writer = XMLWriter()
        writer.write(element)
        return Data(writer.bytes)
    }

    /// The XML text of `element`.
    package static func string(_ element: XMLTree.Element) -> String {
        var writer = XMLWriter()
        writer.write(element)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Appends `element`, its text and its children.
    package mutating func write(_ element: XMLTree.Element) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: element.name.utf8)
        for attribute in element.attributes {
            bytes.append(0x20)
            bytes.append(contentsOf: attribute.name.utf8)
            bytes.append(contentsOf: "=\"".utf8)
            Self.appendEscaped(attribute.value, attribute: true, to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
        if element.text.isEmpty, element.children.isEmpty {
            bytes.append(contentsOf: " />".utf8)
            return
        }
        bytes.append(UInt8(ascii: ">"))
        Self.appendEscaped(element.text, attribute: false, to: &bytes)
        for child in element.children { write(child) }
        bytes.append(contentsOf: "</".utf8)
        bytes.append(contentsOf: element.name.utf8)
        bytes.append(UInt8(ascii: ">"))
    }

    /// Appends `text` escaped for element content (`attribute: false`) or a quoted attribute value.
    package static func appendEscaped(_ text: String, attribute: Bool, to out: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\"") where attribute: out.append(contentsOf: "&quot;".utf8)
            case 0x0A where attribute: out.append(contentsOf: "&#10;".utf8)
            case 0x0D where attribute: out.append(contentsOf: "&#13;".utf8)
            case 0x09 where attribute: out.append(contentsOf: "&#09;".utf8)
            default: out.append(byte)
            }
        }
    }
}
