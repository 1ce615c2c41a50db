import Foundation

/// A DynamoDB attribute value as a plain value, with no `{"S": ...}` wrapper: what boto3's
/// `TypeDeserializer` gives Python code, and what the `Table` actions return.
///
/// ```swift
/// let response = try await table.getItem(Key: ["id": "u1"])      // DynamoDBValue
/// let item = response["Item"]                                    // ["id": "u1", "age": 30, ...]
/// item?["age"]?.int                                              // 30
/// item?["age"]?.number                                           // DynamoDBNumber 30, exact
/// item?["tags"]?.stringSet                                       // DynamoDBSet<String>
/// ```
/// What comes back, by DynamoDB type: `S` → `.string`, `N` → `.number` (a `DynamoDBNumber`
/// keeping the decimal text, never a `Double`), `B` → `.binary`, `BOOL` → `.bool`, `NULL` →
/// `.null`, `L` → `.list`, `M` → `.map`, `SS`/`NS`/`BS` → `.stringSet`/`.numberSet`/`.binarySet`.
/// The other members of a response (`Count`, `ConsumedCapacity`, ...) use the same cases: whole
/// numbers and the service's floating-point figures become `.number`.
///
/// Literals build values (`["id": "u1", "age": 30, "tags": .stringSet(["a"])]`), but not
/// floating-point ones: a `Double` cannot carry `0.1`. Write `.number(try DynamoDBNumber("0.1"))`;
/// keyword calls also take a `Double` whose value is an exact short decimal (`2.5`).
public enum DynamoDBValue: Sendable, Hashable {
    /// `NULL`, and Python's `None`.
    case null
    /// `BOOL`.
    case bool(Bool)
    /// `S`.
    case string(String)
    /// `N`, exact.
    case number(DynamoDBNumber)
    /// `B`.
    case binary(Data)
    /// `L`.
    case list([DynamoDBValue])
    /// `M`.
    case map([String: DynamoDBValue])
    /// `SS`.
    case stringSet(DynamoDBSet<String>)
    /// `NS`.
    case numberSet(DynamoDBSet<DynamoDBNumber>)
    /// `BS`.
    case binarySet(DynamoDBSet<Data>)
}

extension DynamoDBValue {
    /// The text of a `.string`.
    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The number of a `.number`.
    public var number: DynamoDBNumber? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// A `.number` as an `Int`, when it is a whole number that fits.
    public var int: Int? { number?.int }

    /// A `.number` as a `Double`, when a `Double` holds it without rounding (see `DynamoDBNumber.double`).
    public var double: Double? { number?.double }

    /// A `.number` as a `Decimal`, exact.
    public var decimal: Decimal? { number?.decimal }

    /// The flag of a `.bool`.
    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The bytes of a `.binary`.
    public var data: Data? {
        if case .binary(let value) = self { return value }
        return nil
    }

    /// The elements of a `.list`.
    public var array: [DynamoDBValue]? {
        if case .list(let value) = self { return value }
        return nil
    }

    /// The entries of a `.map`.
    public var dictionary: [String: DynamoDBValue]? {
        if case .map(let value) = self { return value }
        return nil
    }

    /// The set of a `.stringSet`.
    public var stringSet: DynamoDBSet<String>? {
        if case .stringSet(let value) = self { return value }
        return nil
    }

    /// The set of a `.numberSet`.
    public var numberSet: DynamoDBSet<DynamoDBNumber>? {
        if case .numberSet(let value) = self { return value }
        return nil
    }

    /// The set of a `.binarySet`.
    public var binarySet: DynamoDBSet<Data>? {
        if case .binarySet(let value) = self { return value }
        return nil
    }

    /// Whether this is `.null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The value under `key` in a `.map`; `nil` for a missing key or another case.
    public subscript(key: String) -> DynamoDBValue? {
        if case .map(let entries) = self { return entries[key] }
        return nil
    }

    /// The element at `index` in a `.list`; `nil` when out of range or for another case.
    public subscript(index: Int) -> DynamoDBValue? {
        if case .list(let elements) = self, elements.indices.contains(index) { return elements[index] }
        return nil
    }
}

extension DynamoDBValue: ExpressibleByNilLiteral {
    /// `.null`.
    public init(nilLiteral: ()) { self = .null }
}

extension DynamoDBValue: ExpressibleByBooleanLiteral {
    /// `.bool`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension DynamoDBValue: ExpressibleByIntegerLiteral {
    /// `.number`, exact.
    public init(integerLiteral value: Int) { self = .number(DynamoDBNumber(value)) }
}

extension DynamoDBValue: ExpressibleByStringLiteral {
    /// `.string`.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension DynamoDBValue: ExpressibleByArrayLiteral {
    /// `.list`.
    public init(arrayLiteral elements: DynamoDBValue...) { self = .list(elements) }
}

extension DynamoDBValue: ExpressibleByDictionaryLiteral {
    /// `.map`; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, DynamoDBValue)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
