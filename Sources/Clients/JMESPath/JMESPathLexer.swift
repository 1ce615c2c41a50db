import Foundation

/// Splits a JMESPath expression into tokens, working on its UTF-8 bytes.
struct JMESPathLexer {
    private let bytes: [UInt8]
    private var index = 0

    private init(_ text: String) { bytes = Array(text.utf8) }

    /// Every token of `text`, ending with `.eof`.
    static func tokenize(_ text: String) throws(JMESPathError) -> [JMESPathToken] {
        var lexer = JMESPathLexer(text)
        var tokens: [JMESPathToken] = []
        tokens.reserveCapacity(text.utf8.count / 2 + 1)
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .eof { return tokens }
        }
    }

    private func peek(_ offset: Int = 1) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    private func syntaxError(_ message: String, at position: Int? = nil) -> JMESPathError {
        JMESPathError(.syntax, message, position: position ?? index)
    }

    private mutating func next() throws(JMESPathError) -> JMESPathToken {
        while index < bytes.count, Self.isWhitespace(bytes[index]) { index += 1 }
        let start = index
        guard index < bytes.count else { return JMESPathToken(kind: .eof, position: start) }
        let byte = bytes[index]
        func single(_ kind: JMESPathToken.Kind, length: Int = 1) -> JMESPathToken {
            index += length
            return JMESPathToken(kind: kind, position: start)
        }
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            while index < bytes.count, Self.isIdentifierByte(bytes[index]) { index += 1 }
            return JMESPathToken(kind: .unquotedIdentifier(String(decoding: bytes[start..<index], as: UTF8.self)), position: start)
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
            return JMESPathToken(kind: .number(try readNumber()), position: start)
        case UInt8(ascii: "."): return single(.dot)
        case UInt8(ascii: "*"): return single(.star)
        case UInt8(ascii: "@"): return single(.current)
        case UInt8(ascii: "]"): return single(.rightBracket)
        case UInt8(ascii: "{"): return single(.leftBrace)
        case UInt8(ascii: "}"): return single(.rightBrace)
        case UInt8(ascii: "("): return single(.leftParen)
        case UInt8(ascii: ")"): return single(.rightParen)
        case UInt8(ascii: ","): return single(.comma)
        case UInt8(ascii: ":"): return single(.colon)
        case UInt8(ascii: "["):
            switch peek() {
            case UInt8(ascii: "]"): return single(.flatten, length: 2)
            case UInt8(ascii: "?"): return single(.filter, length: 2)
            default: return single(.leftBracket)
            }
        case UInt8(ascii: "|"): return peek() == UInt8(ascii: "|") ? single(.or, length: 2) : single(.pipe)
        case UInt8(ascii: "&"): return peek() == UInt8(ascii: "&") ? single(.and, length: 2) : single(.expref)
        case UInt8(ascii: "!"):
            return peek() == UInt8(ascii: "=") ? single(.comparator(.notEqual), length: 2) : single(.not)
        case UInt8(ascii: "<"):
            return peek() == UInt8(ascii: "=") ? single(.comparator(.lessOrEqual), length: 2) : single(.comparator(.less))
        case UInt8(ascii: ">"):
            return peek() == UInt8(ascii: "=") ? single(.comparator(.greaterOrEqual), length: 2) : single(.comparator(.greater))
        case UInt8(ascii: "="):
            guard peek() == UInt8(ascii: "=") else { throw syntaxError("'=' is not an operator; use '==' to compare") }
            return single(.comparator(.equal), length: 2)
        case UInt8(ascii: "\""):
            return JMESPathToken(kind: .quotedIdentifier(try readQuotedIdentifier()), position: start)
        case UInt8(ascii: "'"):
            return JMESPathToken(kind: .literal(.string(try readRawString())), position: start)
        case UInt8(ascii: "`"):
            return JMESPathToken(kind: .literal(try readJSONLiteral()), position: start)
        default:
            let character = String(decoding: bytes[index..<Swift.min(index + Self.scalarLength(byte), bytes.count)], as: UTF8.self)
            throw syntaxError("unexpected character '\(character)'; quote identifiers that are not plain ASCII names (\"\(character)\")")
        }
    }

    /// An optionally negative integer; values beyond `Int` clamp, which keeps index and slice meaning.
    private mutating func readNumber() throws(JMESPathError) -> Int {
        let start = index
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        guard index < bytes.count, Self.isDigit(bytes[index]) else {
            throw syntaxError("'-' must be followed by digits", at: start)
        }
        var value = 0
        var overflowed = false
        while index < bytes.count, Self.isDigit(bytes[index]) {
            let digit = Int(bytes[index] - UInt8(ascii: "0"))
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(negative ? -digit : digit)
            if o1 || o2 { overflowed = true } else { value = sum }
            index += 1
        }
        if overflowed { return negative ? Int.min : Int.max }
        return value
    }

    /// The bytes up to the closing `delimiter`, a backslash escaping the byte after it. Escapes are
    /// kept as written, except that `\<delimiter>` becomes the delimiter alone when `unescaping`.
    private mutating func readDelimited(_ delimiter: UInt8, what: String, unescaping: Bool = true) throws(JMESPathError) -> [UInt8] {
        let start = index
        index += 1
        var out: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == delimiter {
                index += 1
                return out
            }
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                let escaped = bytes[index + 1]
                if escaped != delimiter || !unescaping { out.append(byte) }
                out.append(escaped)
                index += 2
            } else {
                out.append(byte)
                index += 1
            }
        }
        throw syntaxError("unterminated \(what): add the closing \(Character(Unicode.Scalar(delimiter)))", at: start)
    }

    private mutating func readQuotedIdentifier() throws(JMESPathError) -> String {
        let start = index
        let body = try readDelimited(UInt8(ascii: "\""), what: "quoted identifier", unescaping: false)
        guard let value = try? JSONValue.parse(Data([UInt8(ascii: "\"")] + body + [UInt8(ascii: "\"")])).string else {
            throw syntaxError("invalid quoted identifier: it must be a JSON string", at: start)
        }
        return value
    }

    private mutating func readRawString() throws(JMESPathError) -> String {
        String(decoding: try readDelimited(UInt8(ascii: "'"), what: "raw string"), as: UTF8.self)
    }

    /// A backtick literal: JSON text, or (the deprecated form the spec still accepts) any other text,
    /// which is read as the contents of a JSON string.
    private mutating func readJSONLiteral() throws(JMESPathError) -> Document {
        let start = index
        let body = try readDelimited(UInt8(ascii: "`"), what: "literal")
        if let value = try? JSONValue.parse(Data(body)) { return value.document }
        let trimmed = body.drop(while: Self.isWhitespace)
        if let value = try? JSONValue.parse(Data([UInt8(ascii: "\"")] + trimmed + [UInt8(ascii: "\"")])) {
            return value.document
        }
        throw syntaxError("invalid JSON literal \(String(decoding: body, as: UTF8.self))", at: start)
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): return true
        default: return false
        }
    }

    /// The length of the UTF-8 sequence starting with `byte`.
    private static func scalarLength(_ byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }
}
