import Foundation

/// Scalar parameters as text for URI labels, query strings and headers, as botocore's
/// `BaseRestSerializer` writes them. `path` names the value in error messages and is built only
/// when one is thrown.
package enum RestValueText {
    /// A URI label or query-string value: booleans as `true`/`false`, timestamps in the member's
    /// format (ISO 8601 by default) at `precision`, floats as Python writes them (`1.5`, `NaN`, `Infinity`).
    package static func uriText(_ value: Document, shape: Shape, precision: TimestampFormat.Precision = .standard,
                                path: @autoclosure () -> String) throws -> String {
        if shape.type == .timestamp {
            guard let date = value.timestampValue else { throw mismatch(path(), "a timestamp", value) }
            return (shape.timestampFormat ?? .iso8601).format(date, precision: precision)
        }
        guard let text = value.scalarText else { throw mismatch(path(), "a scalar value", value) }
        return text
    }

    /// A header value: timestamps in whole seconds in the member's format (HTTP date by default),
    /// `jsonvalue` members as base64 of compact JSON, lists joined with `,` as botocore joins them (strings quoted when
    /// they hold a comma or a double quote).
    package static func headerText(_ value: Document, shape: Shape, path: @autoclosure () -> String) throws -> String {
        switch shape.type {
        case .timestamp:
            guard let date = value.timestampValue else { throw mismatch(path(), "a timestamp", value) }
            let seconds = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
            return (shape.timestampFormat ?? .rfc822).format(seconds)
        case .list:
            guard case .list(let elements) = value else { throw mismatch(path(), "a list", value) }
            guard let member = shape.listMember else { throw mismatch(path(), "a modeled list", value) }
            var parts: [String] = []
            parts.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() {
                if case .null = element { continue }
                if member.type == .string {
                    guard let text = element.scalarText else { throw mismatch("\(path())[\(index)]", "a string", element) }
                    parts.append(quoteListElement(text))
                } else {
                    parts.append(try headerText(element, shape: member, path: "\(path())[\(index)]"))
                }
            }
            return parts.joined(separator: ",")
        default:
            if shape.isJSONValue, shape.location == .header {
                var json: [UInt8] = []
                try JSONShapeEncoder.writeDocument(value, path: path(), depth: 0, to: &json)
                return Data(json).base64EncodedString()
            }
            guard let text = value.scalarText else { throw mismatch(path(), "a scalar value", value) }
            return text
        }
    }

    /// A string list element for a header: wrapped in double quotes, with inner quotes escaped,
    /// when it contains `,` or `"` (botocore's `_escape_header_list_string`).
    package static func quoteListElement(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") }) else { return text }
        var out = "\""
        for character in text {
            if character == "\"" { out += "\\\"" } else { out.append(character) }
        }
        return out + "\""
    }

    static func mismatch(_ path: String, _ expected: String, _ value: Document) -> ProtocolError {
        ProtocolError(.serialization, "\(path): expected \(expected), got \(value); pass a value of the member's type")
    }
}
