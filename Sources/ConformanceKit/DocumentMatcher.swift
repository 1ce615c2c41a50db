import AWSClients
import Foundation

/// Compares a parsed `Document` with a suite's expected JSON, using the suites' conventions:
/// timestamps are epoch seconds, blobs are their UTF-8 text, NaN and infinities are strings.
enum DocumentMatcher {
    /// `nil` when they match, else where and how they differ.
    static func difference(actual: Document, expected: JSONValue, path: String) -> String? {
        let here = path.isEmpty ? "<root>" : path
        switch (actual, expected) {
        case (.map(let entries), .object(let object)):
            for key in object.keys where entries[key] == nil {
                return "\(join(path, key)): missing (expected \(render(object[key] ?? .null)))"
            }
            for key in entries.keys.sorted() where object[key] == nil {
                return "\(join(path, key)): unexpected \(entries[key] ?? .null)"
            }
            for key in object.keys {
                if let difference = difference(actual: entries[key] ?? .null, expected: object[key] ?? .null, path: join(path, key)) {
                    return difference
                }
            }
            return nil
        case (.list(let elements), .array(let expectedElements)):
            guard elements.count == expectedElements.count else {
                return "\(here): \(elements.count) elements, expected \(expectedElements.count)"
            }
            for (index, pair) in zip(elements, expectedElements).enumerated() {
                if let difference = difference(actual: pair.0, expected: pair.1, path: "\(path)[\(index)]") { return difference }
            }
            return nil
        case (.timestamp(let date), _):
            guard let seconds = expected.double else { return "\(here): timestamp \(date), expected \(render(expected))" }
            let actualSeconds = date.timeIntervalSince1970
            let matches = expected.int != nil ? Int(actualSeconds.rounded(.down)) == expected.int : abs(actualSeconds - seconds) < 0.0005
            return matches ? nil : "\(here): timestamp \(actualSeconds), expected \(seconds)"
        case (.blob(let data), .string(let text)):
            return data == Data(text.utf8) ? nil : "\(here): blob \(String(decoding: data, as: UTF8.self).debugDescription), expected \(text.debugDescription)"
        case (.double(let value), .string(let text)) where value.isNaN || value.isInfinite:
            let name = value.isNaN ? "NaN" : (value < 0 ? "-Infinity" : "Infinity")
            return name == text ? nil : "\(here): \(name), expected \(text)"
        case (.int(let value), .int(let expectedValue)):
            return value == expectedValue ? nil : "\(here): \(value), expected \(expectedValue)"
        case (.int, .double), (.double, .int), (.double, .double):
            return actual.double == expected.double ? nil : "\(here): \(actual), expected \(render(expected))"
        case (.string(let value), .string(let expectedValue)):
            return value == expectedValue ? nil : "\(here): \(value.debugDescription), expected \(expectedValue.debugDescription)"
        case (.bool(let value), .bool(let expectedValue)):
            return value == expectedValue ? nil : "\(here): \(value), expected \(expectedValue)"
        case (.null, .null):
            return nil
        default:
            return "\(here): \(actual), expected \(render(expected))"
        }
    }

    private static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    static func render(_ value: JSONValue) -> String {
        var out = ""
        JSONWriter.write(value, to: &out)
        return out
    }
}
