import Foundation

/// A parsed JSON value that keeps the order of object keys.
///
/// Models and protocol bodies are read into this form: order matters for serialization
/// (members follow the model's order) and for faithful round trips.
package enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// An integral number written without fraction or exponent that fits in `Int`.
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    package var string: String? { if case .string(let v) = self { return v }; return nil }
    package var bool: Bool? { if case .bool(let v) = self { return v }; return nil }
    package var int: Int? {
        switch self {
        case .int(let v): return v
        case .double(let v): return Int(exactly: v)
        default: return nil
        }
    }
    package var double: Double? {
        switch self {
        case .int(let v): return Double(v)
        case .double(let v): return v
        default: return nil
        }
    }
    package var array: [JSONValue]? { if case .array(let v) = self { return v }; return nil }
    package var object: JSONObject? { if case .object(let v) = self { return v }; return nil }
    package var isNull: Bool { if case .null = self { return true }; return false }

    /// The member `key` of an object, `nil` otherwise.
    package subscript(key: String) -> JSONValue? { object?[key] }
}

/// A JSON object: its members in document order, with keyed lookup.
package struct JSONObject: Sendable, Hashable {
    /// Keys in the order they appeared (first occurrence; a repeated key keeps its last value).
    package private(set) var keys: [String] = []
    package private(set) var values: [String: JSONValue] = [:]

    package init() {}

    package init(_ pairs: [(String, JSONValue)]) {
        keys.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    package var count: Int { keys.count }
    package var isEmpty: Bool { keys.isEmpty }

    package subscript(key: String) -> JSONValue? {
        get { values[key] }
        set {
            if let newValue {
                if values.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if values.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    /// Members in document order.
    package var pairs: [(key: String, value: JSONValue)] {
        keys.compactMap { key in values[key].map { (key, $0) } }
    }

    package static func == (lhs: JSONObject, rhs: JSONObject) -> Bool { lhs.values == rhs.values }
    package func hash(into hasher: inout Hasher) { hasher.combine(values) }
}

extension JSONValue {
    /// Parses JSON text.
    package static func parse(_ data: Data) throws(JSONParseError) -> JSONValue {
        try JSONReader.parse(data)
    }

    /// Parses JSON text.
    package static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try JSONReader.parse(Data(text.utf8))
    }

    /// This value as a `Document` (objects become maps, numbers `.int` or `.double`).
    package var document: Document {
        switch self {
        case .null: return .null
        case .bool(let v): return .bool(v)
        case .int(let v): return .int(v)
        case .double(let v): return .double(v)
        case .string(let v): return .string(v)
        case .array(let v): return .list(v.map(\.document))
        case .object(let o):
            var map: [String: Document] = [:]
            map.reserveCapacity(o.count)
            for (k, v) in o.pairs { map[k] = v.document }
            return .map(map)
        }
    }
}
