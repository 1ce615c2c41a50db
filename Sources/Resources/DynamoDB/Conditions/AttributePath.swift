/// Splits an attribute path into the parts boto3 replaces with name placeholders and the text it
/// keeps, as boto3's `ATTR_NAME_REGEX` (`[^.\[\]]+(?![^\[]*\])`): a run of characters other than
/// `.`, `[` and `]` is a name unless a `]` follows it before the next `[` (a list index).
enum AttributePath {
    enum Part: Equatable {
        case name(String)
        case literal(String)
    }

    static func split(_ path: String) -> [Part] {
        let bytes = Array(path.utf8)
        var parts: [Part] = []
        var index = 0
        while index < bytes.count {
            let start = index
            if isSeparator(bytes[index]) {
                while index < bytes.count, isSeparator(bytes[index]) { index += 1 }
                parts.append(.literal(String(decoding: bytes[start..<index], as: UTF8.self)))
                continue
            }
            while index < bytes.count, !isSeparator(bytes[index]) { index += 1 }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            parts.append(isIndex(following: index, in: bytes) ? .literal(text) : .name(text))
        }
        return parts
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
    }

    /// Whether a `]` comes after `position` before any `[`.
    private static func isIndex(following position: Int, in bytes: [UInt8]) -> Bool {
        var index = position
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "[") { return false }
            if bytes[index] == UInt8(ascii: "]") { return true }
            index += 1
        }
        return false
    }
}
