/// Writes JSON the way Python's `json.dumps` does with its defaults (`", "` and `": "` separators,
/// non-ASCII escaped as `\uXXXX`), so pagination tokens match boto3's byte for byte and a token cache
/// file this SDK rewrites reads the same as one botocore or the AWS CLI wrote.
enum PythonJSON {
    /// `json.dumps(value)`.
    static func dumps(_ value: JSONValue) -> String {
        var out = ""
        write(value, to: &out)
        return out
    }

    private static func write(_ value: JSONValue, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): out += String(number)
        case .double(let number): out += JSONWriter.format(double: number)
        case .string(let text): appendQuoted(text, to: &out)
        case .array(let elements):
            out += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { out += ", " }
                write(element, to: &out)
            }
            out += "]"
        case .object(let object):
            out += "{"
            for (index, pair) in object.pairs.enumerated() {
                if index > 0 { out += ", " }
                appendQuoted(pair.key, to: &out)
                out += ": "
                write(pair.value, to: &out)
            }
            out += "}"
        }
    }

    private static func appendQuoted(_ text: String, to out: inout String) {
        out += "\""
        for unit in text.utf16 {
            switch unit {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x20...0x7E, 0x7F:
                out.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
            default:
                // Python escapes control characters and everything past ASCII as UTF-16 units.
                let hex = String(unit, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        out += "\""
    }
}
