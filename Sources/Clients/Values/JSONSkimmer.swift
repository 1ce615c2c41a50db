/// Walks JSON text without building values: it finds where each member of an object lies and
/// checks the syntax on the way, so that a large document (a service model) can be indexed in one
/// cheap pass and its parts parsed only when they are used.
///
/// Strict like `JSONReader` (the same grammar and nesting bound), so a document the skimmer
/// accepts is one the reader accepts. Strings are returned as byte ranges (`Token`) and decoded
/// only when asked.
package struct JSONSkimmer {
    /// A string token: the bytes between its quotes, and whether it holds escapes to decode.
    package struct Token: Sendable {
        /// The range of the string's content (quotes excluded).
        package let range: Range<Int>
        /// Whether the content holds `\` escapes.
        package let hasEscapes: Bool
    }

    /// Where an object or array being walked stands: whether a separator is due before the next item.
    package struct Cursor {
        fileprivate var isFirst = true
    }

    package let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read.
    package private(set) var index: Int
    private var depth = 0

    package init(bytes: UnsafeBufferPointer<UInt8>, at index: Int = 0) {
        self.bytes = bytes
        self.index = index
    }

    package func error(_ reason: String) -> JSONParseError { JSONParseError(reason: reason, offset: index) }

    package mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// Whether the next value (after whitespace) starts with `byte`.
    package mutating func peek(_ byte: UInt8) -> Bool {
        skipWhitespace()
        return index < bytes.count && bytes[index] == byte
    }

    /// Consumes the `{` of an object.
    package mutating func enterObject() throws(JSONParseError) -> Cursor {
        guard peek(UInt8(ascii: "{")) else { throw error("expected an object") }
        try enter()
        index += 1
        return Cursor()
    }

    /// The key of the next member of the object being walked (the reader then stands at its
    /// value), or `nil` after consuming the object's closing `}`.
    package mutating func nextKey(_ cursor: inout Cursor) throws(JSONParseError) -> Token? {
        skipWhitespace()
        guard index < bytes.count else { throw error("unexpected end of input in an object") }
        if bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return nil
        }
        if !cursor.isFirst {
            guard bytes[index] == UInt8(ascii: ",") else { throw error("expected ',' or '}'") }
            index += 1
            skipWhitespace()
        }
        cursor.isFirst = false
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a string key") }
        let key = try scanString()
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':'") }
        index += 1
        skipWhitespace()
        return key
    }

    /// Consumes the `[` of an array.
    package mutating func enterArray() throws(JSONParseError) -> Cursor {
        guard peek(UInt8(ascii: "[")) else { throw error("expected an array") }
        try enter()
        index += 1
        return Cursor()
    }

    /// Whether another element of the array being walked follows (the reader then stands at it);
    /// `false` after consuming the array's closing `]`.
    package mutating func nextElement(_ cursor: inout Cursor) throws(JSONParseError) -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw error("unexpected end of input in an array") }
        if bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return false
        }
        if !cursor.isFirst {
            guard bytes[index] == UInt8(ascii: ",") else { throw error("expected ',' or ']'") }
            index += 1
        }
        cursor.isFirst = false
        return true
    }

    /// Reads a string value, returning its token.
    package mutating func readStringToken() throws(JSONParseError) -> Token {
        guard peek(UInt8(ascii: "\"")) else { throw error("expected a string") }
        return try scanString()
    }

    /// Skips one value of any kind, checking its syntax; returns the range it covered.
    @discardableResult
    package mutating func skipValue() throws(JSONParseError) -> Range<Int> {
        skipWhitespace()
        let start = index
        guard index < bytes.count else { throw error("unexpected end of input") }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            var cursor = try enterObject()
            while try nextKey(&cursor) != nil { try skipValue() }
        case UInt8(ascii: "["):
            var cursor = try enterArray()
            while try nextElement(&cursor) { try skipValue() }
        case UInt8(ascii: "\""): _ = try scanString()
        case UInt8(ascii: "t"): try expectLiteral("true")
        case UInt8(ascii: "f"): try expectLiteral("false")
        case UInt8(ascii: "n"): try expectLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber()
        default: throw error("unexpected character '\(Character(Unicode.Scalar(bytes[index])))'")
        }
        return start..<index
    }

    /// Whether a token's raw bytes are exactly `literal` (an ASCII name without escapes).
    package func token(_ token: Token, is literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard !token.hasEscapes, token.range.count == count else { return false }
        let expected = literal.utf8Start
        for offset in 0..<count where bytes[token.range.lowerBound + offset] != expected[offset] { return false }
        return true
    }

    /// A token's text, with escapes decoded.
    package func string(_ token: Token) throws(JSONParseError) -> String {
        if !token.hasEscapes { return String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self) }
        // Rare in models: let the reader decode the quoted text.
        let quoted = UnsafeBufferPointer(rebasing: bytes[(token.range.lowerBound - 1)..<(token.range.upperBound + 1)])
        guard case .string(let text) = try JSONReader.parse(quoted) else { throw error("expected a string") }
        return text
    }

    // MARK: Scanning

    private mutating func enter() throws(JSONParseError) {
        depth += 1
        if depth > JSONReader.maximumDepth { throw error("nesting deeper than \(JSONReader.maximumDepth) levels") }
    }

    /// Scans a string starting at its opening quote; the reader ends after the closing quote.
    private mutating func scanString() throws(JSONParseError) -> Token {
        index += 1
        let start = index
        var hasEscapes = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return Token(range: start..<(index - 1), hasEscapes: hasEscapes)
            }
            if byte < 0x20 { throw error("control character in a string") }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                index += 1
                guard index < bytes.count else { break }
                switch bytes[index] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 1
                case UInt8(ascii: "u"):
                    guard index + 4 < bytes.count else { throw error("truncated \\u escape") }
                    for offset in 1...4 where !Self.isHexDigit(bytes[index + offset]) {
                        throw error("invalid hex digit in \\u escape")
                    }
                    index += 5
                default:
                    throw error("invalid escape sequence")
                }
                continue
            }
            index += 1
        }
        throw error("unterminated string")
    }

    private mutating func skipNumber() throws(JSONParseError) {
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, Self.isDigit(bytes[index]) else { throw error("invalid number") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, Self.isDigit(bytes[index]) else { throw error("invalid number: digits expected after '.'") }
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, Self.isDigit(bytes[index]) else { throw error("invalid number: digits expected in exponent") }
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw error("unexpected end of input") }
        for offset in 0..<count where bytes[index + offset] != literal.utf8Start[offset] {
            throw error("invalid literal")
        }
        index += count
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }
}
