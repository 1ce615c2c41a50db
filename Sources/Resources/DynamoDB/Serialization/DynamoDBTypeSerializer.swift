/// Turns plain values into DynamoDB's typed wire form, as boto3's `TypeSerializer`:
/// `"a"` → `{"S": "a"}`, `30` → `{"N": "30"}`, `["n": 1]` → `{"M": {"n": {"N": "1"}}}`.
///
/// ```swift
/// let wire = try DynamoDBTypeSerializer().serialize(["n": 1])   // ["M": ["n": ["N": "1"]]]
/// _ = try await client.putItem(TableName: "users", Item: wire["M"] ?? [:])   // the low-level client takes the wire form
/// ```
/// The result is a `Document` for the low-level client. Numbers are sent as their exact text
/// (`DynamoDBNumber.text`, Python's `str(Decimal)`), binary as bytes, sets in their order. Throws
/// `DynamoDBTypeError` for a value DynamoDB cannot hold: an inexact `Double`, a number out of
/// range, NaN or infinity, an empty set.
public struct DynamoDBTypeSerializer: Sendable {
    /// Creates a serializer.
    public init() {}

    /// The wire form of `value` (`{"S": ...}`, `{"N": ...}`, ...).
    public func serialize(_ value: any DynamoDBValueConvertible) throws -> Document {
        try wire(try value.dynamoDBValue(), path: "")
    }

    /// The wire form of an item or key: a map of attribute names to wire values (without the
    /// outer `{"M": ...}`), as `PutItem`'s `Item` takes it.
    func serializeItem(_ item: [String: DynamoDBValue]) throws -> Document {
        var entries: [String: Document] = [:]
        entries.reserveCapacity(item.count)
        for (name, value) in item { entries[name] = try wire(value, path: name) }
        return .map(entries)
    }

    /// The wire form of `value`; `path` names it in error messages.
    func wire(_ value: DynamoDBValue, path: @autoclosure () -> String) throws -> Document {
        switch value {
        case .null: return .map(["NULL": .bool(true)])
        case .bool(let flag): return .map(["BOOL": .bool(flag)])
        case .string(let text): return .map(["S": .string(text)])
        case .number(let number): return .map(["N": .string(number.text)])
        case .binary(let data): return .map(["B": .blob(data)])
        case .list(let elements):
            var out: [Document] = []
            out.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() { out.append(try wire(element, path: "\(path())[\(index)]")) }
            return .map(["L": .list(out)])
        case .map(let entries):
            var out: [String: Document] = [:]
            out.reserveCapacity(entries.count)
            for (name, element) in entries { out[name] = try wire(element, path: Self.join(path(), name)) }
            return .map(["M": .map(out)])
        case .stringSet(let set):
            try Self.requireElements(set.count, path: path())
            return .map(["SS": .list(set.elements.map(Document.string))])
        case .numberSet(let set):
            try Self.requireElements(set.count, path: path())
            return .map(["NS": .list(set.elements.map { .string($0.text) })])
        case .binarySet(let set):
            try Self.requireElements(set.count, path: path())
            return .map(["BS": .list(set.elements.map(Document.blob))])
        }
    }

    private static func requireElements(_ count: Int, path: String) throws {
        guard count == 0 else { return }
        throw DynamoDBTypeError(.emptySet, "DynamoDB has no empty sets: leave the attribute out, or REMOVE it in an UpdateExpression.", path: path)
    }

    static func join(_ path: String, _ name: String) -> String {
        path.isEmpty ? name : "\(path).\(name)"
    }
}
