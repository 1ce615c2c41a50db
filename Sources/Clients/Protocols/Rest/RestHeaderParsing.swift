import Foundation

/// Typed values from response headers, as botocore's `BaseRestParser` reads them: numbers,
/// booleans, timestamps, base64 `jsonvalue` documents, and comma-separated lists.
package enum RestHeaderParsing {
    /// The header text as a value of `shape`. `path` names it in error messages (built only then).
    package static func value(_ text: String, shape: Shape, path: @autoclosure () -> String) throws -> Document {
        switch shape.type {
        case .list:
            guard let member = shape.listMember else { return .string(text) }
            let elements = member.type == .timestamp && (member.timestampFormat ?? .rfc822) == .rfc822
                ? splitHTTPDates(text) : splitList(text)
            return .list(try elements.enumerated().map { index, element in
                try scalar(element, shape: member, path: "\(path())[\(index)]")
            })
        case .string where shape.isJSONValue:
            guard let data = Data(base64Encoded: text.trimmingCharacters(in: .whitespaces)),
                  let json = try? JSONValue.parse(data) else {
                throw ProtocolError(.malformedResponse, "\(path()): header value '\(text.prefix(60))' is not base64-encoded JSON")
            }
            return json.document
        default:
            return try scalar(text, shape: shape, path: path())
        }
    }

    /// One scalar: integers, floats (with `NaN` and infinities), booleans, timestamps, blobs, strings.
    static func scalar(_ text: String, shape: Shape, path: @autoclosure () -> String) throws -> Document {
        switch shape.type {
        case .byte, .short, .integer, .long, .bigInteger:
            guard let number = Int(text.trimmingWhitespaces) else { throw malformed(path(), "an integer", text) }
            return .int(number)
        case .float, .double, .bigDecimal:
            let trimmed = text.trimmingWhitespaces
            guard let number = JSONShapeDecoder.specialDouble(trimmed) ?? Double(trimmed) else {
                throw malformed(path(), "a number", text)
            }
            return .double(number)
        case .boolean:
            return .bool(text.trimmingCharacters(in: .whitespaces).lowercased() == "true")
        case .timestamp:
            guard let date = TimestampFormat.parse(text) else { throw malformed(path(), "a timestamp", text) }
            return .timestamp(date)
        case .blob:
            guard let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters) else {
                throw malformed(path(), "base64", text)
            }
            return .blob(data)
        default:
            return .string(text)
        }
    }

    /// Splits a list header on commas, trimming spaces; double-quoted elements may hold commas and
    /// `\"` escapes (RFC 7230 quoted strings).
    package static func splitList(_ text: String) -> [String] {
        var elements: [String] = []
        var current = ""
        var inQuotes = false
        var wasQuoted = false
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            if inQuotes {
                if character == "\\" {
                    if let next = iterator.next() { current.append(next) }
                } else if character == "\"" {
                    inQuotes = false
                } else {
                    current.append(character)
                }
            } else if character == "," {
                elements.append(wasQuoted ? current : current.trimmingCharacters(in: .whitespaces))
                current = ""
                wasQuoted = false
            } else if character == "\"", current.allSatisfy({ $0 == " " || $0 == "\t" }) {
                current = ""
                inQuotes = true
                wasQuoted = true
            } else if !(wasQuoted && (character == " " || character == "\t")) {
                current.append(character)
            }
        }
        elements.append(wasQuoted ? current : current.trimmingCharacters(in: .whitespaces))
        return elements
    }

    /// Splits a list of HTTP dates (`Mon, 16 Dec 2019 23:48:18 GMT, Tue, ...`), whose elements
    /// contain a comma after the weekday.
    package static func splitHTTPDates(_ text: String) -> [String] {
        let pieces = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        var elements: [String] = []
        var index = 0
        while index < pieces.count {
            let piece = pieces[index]
            if piece.count == 3, piece.allSatisfy(\.isLetter), index + 1 < pieces.count {
                elements.append(piece + ", " + pieces[index + 1])
                index += 2
            } else {
                elements.append(piece)
                index += 1
            }
        }
        return elements
    }

    static func malformed(_ path: String, _ expected: String, _ text: String) -> ProtocolError {
        ProtocolError(.malformedResponse, "\(path): expected \(expected) in a response header, got '\(text.prefix(60))'")
    }
}
