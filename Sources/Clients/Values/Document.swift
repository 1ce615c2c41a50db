import Foundation

/// A JSON-like value that carries every request parameter and every response of the SDK.
///
/// `Document` is what boto3 users know as the `dict` passed to and returned from a client call:
/// ```swift
/// let params: Document = ["Bucket": "photos", "MaxKeys": 10, "Tagging": ["TagSet": [["Key": "k", "Value": "v"]]]]
/// let out = try await s3.listObjectsV2(Bucket: "photos")
/// for key in out["Contents"]?.array ?? [] { print(key["Key"]?.string ?? "") }
/// ```
/// Map order is not significant; serializers follow the order of the service model's members.
public enum Document: Sendable, Hashable {
    /// An absent or JSON `null` value.
    case null
    /// A boolean.
    case bool(Bool)
    /// An integer (every integral model type: byte, short, integer, long).
    case int(Int)
    /// A floating-point number (float and double model types, and big decimals).
    case double(Double)
    /// A string (also enums and JSON values encoded as strings).
    case string(String)
    /// Binary data (blob model type).
    case blob(Data)
    /// A point in time (timestamp model type).
    case timestamp(Date)
    /// An ordered list.
    case list([Document])
    /// A map with string keys (structures and maps).
    case map([String: Document])
}

extension Document {
    /// An empty map, the usual starting point for building parameters.
    public static let emptyMap: Document = .map([:])

    /// The string value, when this is `.string`.
    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The integer value, when this is `.int`, or a `.double` with no fractional part.
    public var int: Int? {
        switch self {
        case .int(let value): return value
        case .double(let value):
            guard value.rounded() == value, let exact = Int(exactly: value) else { return nil }
            return exact
        default: return nil
        }
    }

    /// The floating-point value, when this is `.double` or `.int`.
    public var double: Double? {
        switch self {
        case .double(let value): return value
        case .int(let value): return Double(value)
        default: return nil
        }
    }

    /// The boolean value, when this is `.bool`.
    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The date, when this is `.timestamp`.
    public var date: Date? {
        if case .timestamp(let value) = self { return value }
        return nil
    }

    /// The bytes, when this is `.blob`.
    public var data: Data? {
        if case .blob(let value) = self { return value }
        return nil
    }

    /// The elements, when this is `.list`.
    public var array: [Document]? {
        if case .list(let value) = self { return value }
        return nil
    }

    /// The entries, when this is `.map`.
    public var dictionary: [String: Document]? {
        if case .map(let value) = self { return value }
        return nil
    }

    /// Whether this is `.null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The value under `key` in a map; `nil` for a missing key or when this is not a map.
    /// Assigning `nil` removes the key; assigning to a non-map turns it into a map.
    public subscript(key: String) -> Document? {
        get {
            if case .map(let entries) = self { return entries[key] }
            return nil
        }
        set {
            var entries: [String: Document]
            if case .map(let existing) = self { entries = existing } else { entries = [:] }
            self = .null  // drop the old storage so the dictionary below is uniquely referenced
            entries[key] = newValue
            self = .map(entries)
        }
    }

    /// The element at `index` in a list; `nil` when out of range or when this is not a list.
    /// Assigning replaces an existing element; assigning `nil` removes it.
    public subscript(index: Int) -> Document? {
        get {
            if case .list(let elements) = self, elements.indices.contains(index) { return elements[index] }
            return nil
        }
        set {
            guard case .list(var elements) = self, elements.indices.contains(index) else { return }
            self = .null
            if let newValue { elements[index] = newValue } else { elements.remove(at: index) }
            self = .list(elements)
        }
    }
}

extension Document: ExpressibleByNilLiteral {
    /// Creates `.null`.
    public init(nilLiteral: ()) { self = .null }
}

extension Document: ExpressibleByBooleanLiteral {
    /// Creates `.bool`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension Document: ExpressibleByIntegerLiteral {
    /// Creates `.int`.
    public init(integerLiteral value: Int) { self = .int(value) }
}

extension Document: ExpressibleByFloatLiteral {
    /// Creates `.double`.
    public init(floatLiteral value: Double) { self = .double(value) }
}

extension Document: ExpressibleByStringLiteral {
    /// Creates `.string`.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension Document: ExpressibleByArrayLiteral {
    /// Creates `.list`.
    public init(arrayLiteral elements: Document...) { self = .list(elements) }
}

extension Document: ExpressibleByDictionaryLiteral {
    /// Creates `.map`; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, Document)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
