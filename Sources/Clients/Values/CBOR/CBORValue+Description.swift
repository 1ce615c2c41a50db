extension CBORValue: CustomStringConvertible {
    /// The item in RFC 8949 diagnostic notation (`{"a": [1, h'ff'], "t": 1(1.5)}`).
    package var description: String {
        switch self {
        case .unsigned(let value): return String(value)
        case .negative(let value): return value == .max ? "-18446744073709551616" : "-\(value + 1)"
        case .bytes(let data):
            return "h'" + data.map { byte in
                let hex = String(byte, radix: 16)
                return byte < 16 ? "0" + hex : hex
            }.joined() + "'"
        case .text(let text): return text.debugDescription
        case .array(let elements): return "[" + elements.map(\.description).joined(separator: ", ") + "]"
        case .map(let entries):
            return "{" + entries.map { "\($0.key.description): \($0.value.description)" }.joined(separator: ", ") + "}"
        case .tagged(let tag, let inner): return "\(tag)(\(inner.description))"
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .undefined: return "undefined"
        case .simple(let value): return "simple(\(value))"
        case .float16(let value): return Self.describe(value) + "_1"
        case .float32(let value): return Self.describe(Double(value)) + "_2"
        case .float64(let value): return Self.describe(value) + "_3"
        }
    }

    private static func describe(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        return "\(value)"
    }
}
