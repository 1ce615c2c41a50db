import Foundation

/// An S3 POST policy document (`{"expiration": ..., "conditions": [...]}`), written byte for byte
/// as botocore's `json.dumps` writes it: `", "` and `": "` separators, non-ASCII escaped as `\uXXXX`,
/// so the base64 policy and its signature match boto3's.
struct PostPolicy {
    /// When the form stops being accepted.
    var expiration: Date
    /// The conditions in order: each a map (`{"bucket": "b"}`) or a list (`["starts-with", "$key", "a/"]`).
    var conditions: [Document]

    /// The policy as JSON text; the expiration in whole seconds (`2026-05-17T13:34:56Z`).
    var json: String {
        var out = "{\"expiration\": "
        Self.appendQuoted(TimestampFormat.iso8601.format(Date(timeIntervalSince1970: expiration.timeIntervalSince1970.rounded(.down))),
                          to: &out)
        out += ", \"conditions\": "
        Self.write(.list(conditions), to: &out)
        out += "}"
        return out
    }

    /// The policy as the base64 text that is both the `policy` form field and the string to sign.
    var base64: String { Data(json.utf8).base64EncodedString() }

    /// Writes a condition value. Maps have no order in `Document`, so their keys are sorted
    /// (conditions are single-key maps in practice); blobs become base64 and timestamps ISO 8601.
    static func write(_ value: Document, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): out += String(number)
        case .double(let number): out += JSONWriter.format(double: number)
        case .string(let text): appendQuoted(text, to: &out)
        case .blob(let data): appendQuoted(data.base64EncodedString(), to: &out)
        case .timestamp(let date): appendQuoted(TimestampFormat.iso8601.format(date), to: &out)
        case .list(let elements):
            out += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { out += ", " }
                write(element, to: &out)
            }
            out += "]"
        case .map(let entries):
            out += "{"
            for (index, key) in entries.keys.sorted().enumerated() {
                if index > 0 { out += ", " }
                appendQuoted(key, to: &out)
                out += ": "
                write(entries[key] ?? .null, to: &out)
            }
            out += "}"
        }
    }

    /// A JSON string with Python's `ensure_ascii` escaping: printable ASCII as is, the usual
    /// short escapes, everything else as `\uXXXX` (UTF-16 code units, lowercase hex).
    static func appendQuoted(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value >= 0x20 && scalar.value < 0x7F {
                    out.unicodeScalars.append(scalar)
                } else {
                    for unit in String(scalar).utf16 {
                        let hex = String(unit, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    }
                }
            }
        }
        out += "\""
    }
}
