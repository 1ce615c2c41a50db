import Foundation

/// Writes compact JSON text, the way botocore's `json.dumps(..., separators=(',', ':'))` does for
/// request bodies.
package enum JSONWriter {
    /// Appends `value` as a quoted, escaped JSON string (escaped by the byte writer when it has
    /// anything to escape).
    package static func appendQuoted(_ value: String, to out: inout String) {
        for byte in value.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(value.utf8.count + 8)
            appendQuoted(value, to: &bytes)
            out += String(decoding: bytes, as: UTF8.self)
            return
        }
        out.append("\"")
        out.append(value)
        out.append("\"")
    }

    /// The shortest text that reads back as `value`, as Python's `repr(float)` writes it
    /// ("1.5", "1e-05", "1e+16"); integral values keep a ".0" as Python does.
    package static func format(double value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        return "\(value)"
    }

    /// Writes a JSON value compactly, keeping object key order.
    package static func write(_ value: JSONValue, to out: inout String) {
        switch value {
        case .null: out.append("null")
        case .bool(let v): out.append(v ? "true" : "false")
        case .int(let v): out.append(String(v))
        case .double(let v): out.append(format(double: v))
        case .string(let v): appendQuoted(v, to: &out)
        case .array(let elements):
            out.append("[")
            for (i, element) in elements.enumerated() {
                if i > 0 { out.append(",") }
                write(element, to: &out)
            }
            out.append("]")
        case .object(let object):
            out.append("{")
            for (i, pair) in object.pairs.enumerated() {
                if i > 0 { out.append(",") }
                appendQuoted(pair.key, to: &out)
                out.append(":")
                write(pair.value, to: &out)
            }
            out.append("}")
        }
    }

    /// Writes a document as JSON: maps with sorted keys (stable output), blobs base64,
    /// timestamps as epoch seconds (the byte writer's text).
    package static func write(_ document: Document, to out: inout String) {
        var bytes: [UInt8] = []
        write(document, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// A JSON string for `document`.
    package static func string(_ document: Document) -> String {
        var out = ""
        write(document, to: &out)
        return out
    }
}
