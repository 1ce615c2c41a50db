import Foundation

/// How JMESPath sees a `Document`: its type, truthiness, equality and ordering.
///
/// `.timestamp` and `.blob` values have no JMESPath type of their own; they are strings for every
/// type purpose (`type()` says `"string"`, `length()`, `starts_with()`, `sort()`, `<` ... accept them).
/// A timestamp's text is its ISO 8601 form (`2015-08-30T12:36:00Z`, `.ffffff` when it has
/// fractional seconds), a blob's text its base64 form, as both read in JSON.
///
/// Comparisons involving timestamps go by time, not text (as text, `12:36:00.5Z` would sort
/// before `12:36:00Z`): two timestamps compare as dates, and so do a timestamp and a string that
/// reads as ISO 8601 (`Contents[?LastModified > '2024-01-01']`); a timestamp and any other
/// string compare as text. botocore hands jmespath `datetime` and `bytes` objects, which its
/// functions reject and its ordering comparators turn into null; treating them as strings keeps
/// the spec's rules total, and sorting or filtering by `LastModified` works as users expect.
/// Projections, fields and literals pass them through untouched: `Contents[].LastModified` is a
/// list of `.timestamp` values.
extension Document {
    /// JMESPath's type names.
    enum JMESPathType: String, Sendable {
        case null, boolean, number, string, array, object
    }

    /// The JMESPath type of this value.
    var jmesPathType: JMESPathType {
        switch self {
        case .null: return .null
        case .bool: return .boolean
        case .int, .double: return .number
        case .string, .timestamp, .blob: return .string
        case .list: return .array
        case .map: return .object
        }
    }

    /// False for null, false, empty strings, lists and maps; true for everything else (numbers included).
    var isJMESPathTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let value): return value
        case .string(let value): return !value.isEmpty
        case .blob(let value): return !value.isEmpty
        case .list(let value): return !value.isEmpty
        case .map(let value): return !value.isEmpty
        case .int, .double, .timestamp: return true
        }
    }

    /// The text of a string-typed value (strings, timestamps, blobs); nil for other types.
    var jmesPathText: String? {
        switch self {
        case .string(let value): return value
        case .timestamp(let value): return TimestampFormat.iso8601.format(value)
        case .blob(let value): return value.base64EncodedString()
        default: return nil
        }
    }

    /// Deep equality as JMESPath defines it: numbers by value (`1 == 1.0`), maps regardless of order.
    static func jmesPathEqual(_ left: Document, _ right: Document) -> Bool {
        switch (left, right) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.int, .double), (.double, .int), (.double, .double): return left.double == right.double
        case (.string(let a), .string(let b)): return a == b
        case (.timestamp(let a), .timestamp(let b)): return a == b
        case (.blob(let a), .blob(let b)): return a == b
        case (.list(let a), .list(let b)):
            guard a.count == b.count else { return false }
            for index in a.indices where !jmesPathEqual(a[index], b[index]) { return false }
            return true
        case (.map(let a), .map(let b)):
            guard a.count == b.count else { return false }
            for (key, value) in a {
                guard let other = b[key], jmesPathEqual(value, other) else { return false }
            }
            return true
        default:
            if let (a, b) = timestampPair(left, right) { return a == b }
            guard let a = left.jmesPathText, let b = right.jmesPathText else { return false }
            return a == b
        }
    }

    /// The order of two numbers or two strings; nil for any other pair (and for NaN).
    /// Strings order by Unicode code point, as the spec (and Python) order them.
    static func jmesPathOrder(_ left: Document, _ right: Document) -> ComparisonResult? {
        switch (left, right) {
        case (.int(let a), .int(let b)):
            return a < b ? .orderedAscending : (a == b ? .orderedSame : .orderedDescending)
        case (.int, .double), (.double, .int), (.double, .double):
            guard let a = left.double, let b = right.double else { return nil }
            if a < b { return .orderedAscending }
            if a > b { return .orderedDescending }
            return a == b ? .orderedSame : nil
        case (.timestamp(let a), .timestamp(let b)):
            return a < b ? .orderedAscending : (a == b ? .orderedSame : .orderedDescending)
        default:
            if let (a, b) = timestampPair(left, right) {
                return a < b ? .orderedAscending : (a == b ? .orderedSame : .orderedDescending)
            }
            guard let a = left.jmesPathText, let b = right.jmesPathText else { return nil }
            return compareCodePoints(a, b)
        }
    }

    /// Both dates when one value is a timestamp and the other a string in ISO 8601 form.
    private static func timestampPair(_ left: Document, _ right: Document) -> (Date, Date)? {
        switch (left, right) {
        case (.timestamp(let date), .string(let text)):
            return TimestampParser.parseISO8601(text).map { (date, $0) }
        case (.string(let text), .timestamp(let date)):
            return TimestampParser.parseISO8601(text).map { ($0, date) }
        default:
            return nil
        }
    }

    /// Code-point order, which for UTF-8 is plain byte order.
    static func compareCodePoints(_ a: String, _ b: String) -> ComparisonResult {
        var left = a.utf8.makeIterator()
        var right = b.utf8.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return .orderedSame
            case (nil, _): return .orderedAscending
            case (_, nil): return .orderedDescending
            case (let x?, let y?) where x != y: return x < y ? .orderedAscending : .orderedDescending
            default: continue
            }
        }
    }

    /// The result of `left <comparator> right`: a boolean, or null when ordering values that are
    /// not both numbers or both strings.
    static func jmesPathCompare(_ comparator: JMESPathComparator, _ left: Document, _ right: Document) -> Document {
        switch comparator {
        case .equal: return .bool(jmesPathEqual(left, right))
        case .notEqual: return .bool(!jmesPathEqual(left, right))
        default: break
        }
        guard let order = jmesPathOrder(left, right) else { return .null }
        switch comparator {
        case .less: return .bool(order == .orderedAscending)
        case .lessOrEqual: return .bool(order != .orderedDescending)
        case .greater: return .bool(order == .orderedDescending)
        case .greaterOrEqual: return .bool(order != .orderedAscending)
        case .equal, .notEqual: return .null
        }
    }

    /// Compact JSON as `to_string()` writes it: maps with sorted keys, timestamps and blobs as their text.
    func appendJMESPathJSON(to out: inout String) {
        switch self {
        case .null: out.append("null")
        case .bool(let value): out.append(value ? "true" : "false")
        case .int(let value): out.append(String(value))
        case .double(let value): out.append(JSONWriter.format(double: value))
        case .string, .timestamp, .blob: JSONWriter.appendQuoted(jmesPathText ?? "", to: &out)
        case .list(let elements):
            out.append("[")
            for (index, element) in elements.enumerated() {
                if index > 0 { out.append(",") }
                element.appendJMESPathJSON(to: &out)
            }
            out.append("]")
        case .map(let entries):
            out.append("{")
            for (index, key) in entries.keys.sorted().enumerated() {
                if index > 0 { out.append(",") }
                JSONWriter.appendQuoted(key, to: &out)
                out.append(":")
                (entries[key] ?? .null).appendJMESPathJSON(to: &out)
            }
            out.append("}")
        }
    }
}
