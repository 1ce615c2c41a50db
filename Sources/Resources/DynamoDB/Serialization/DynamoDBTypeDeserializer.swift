import Foundation

/// Turns DynamoDB's typed wire form into plain values, as boto3's `TypeDeserializer`:
/// `{"N": "30"}` → `.number(30)`, `{"M": {"n": {"S": "a"}}}` → `["n": "a"]`.
///
/// ```swift
/// let out = try await client.getItem(TableName: "users", Key: ["id": ["S": "u1"]])   // low-level: wire form
/// let age = try DynamoDBTypeDeserializer().deserialize(out["Item"]?["age"] ?? nil)      // .number(30)
/// ```
/// Numbers come back as `DynamoDBNumber`, exact; binary as `Data`; sets as `DynamoDBSet`s in the
/// order received. Throws `DynamoDBTypeError` (`.invalidAttributeValue`) for a value that is not
/// a wire attribute value, with boto3's wording.
public struct DynamoDBTypeDeserializer: Sendable {
    /// Creates a deserializer.
    public init() {}

    /// The plain value of the wire value `value`.
    public func deserialize(_ value: Document) throws -> DynamoDBValue {
        guard case .map(let entries) = value, let (type, content) = entries.first else {
            throw DynamoDBTypeError(.invalidAttributeValue, "Value must be a nonempty dictionary whose key is a valid dynamodb type (got \(value)).")
        }
        guard entries.count == 1 else {
            throw DynamoDBTypeError(.invalidAttributeValue, "An attribute value has one type key; got \(entries.keys.sorted().joined(separator: ", ")).")
        }
        switch type {
        case "S": return .string(try Self.string(content, type))
        case "N": return .number(try DynamoDBNumber(try Self.string(content, type)))
        case "B": return .binary(try Self.bytes(content, type))
        case "BOOL":
            guard case .bool(let flag) = content else { throw Self.mismatch(type, content) }
            return .bool(flag)
        case "NULL": return .null
        case "L":
            guard case .list(let elements) = content else { throw Self.mismatch(type, content) }
            var out: [DynamoDBValue] = []
            out.reserveCapacity(elements.count)
            for element in elements { out.append(try deserialize(element)) }
            return .list(out)
        case "M":
            guard case .map(let members) = content else { throw Self.mismatch(type, content) }
            return .map(try deserializeItem(members))
        case "SS":
            return .stringSet(DynamoDBSet(try Self.elements(content, type).map { try Self.string($0, type) }))
        case "NS":
            return .numberSet(DynamoDBSet(try Self.elements(content, type).map { try DynamoDBNumber(try Self.string($0, type)) }))
        case "BS":
            return .binarySet(DynamoDBSet(try Self.elements(content, type).map { try Self.bytes($0, type) }))
        default:
            throw DynamoDBTypeError(.invalidAttributeValue, "Dynamodb type \(type) is not supported.")
        }
    }

    /// The plain values of a wire item or key (a map of attribute names to wire values).
    func deserializeItem(_ entries: [String: Document]) throws -> [String: DynamoDBValue] {
        var out: [String: DynamoDBValue] = [:]
        out.reserveCapacity(entries.count)
        for (name, element) in entries { out[name] = try deserialize(element) }
        return out
    }

    private static func string(_ value: Document, _ type: String) throws -> String {
        guard case .string(let text) = value else { throw mismatch(type, value) }
        return text
    }

    /// Bytes as the JSON protocol parses them, or base64 text as raw JSON holds them.
    private static func bytes(_ value: Document, _ type: String) throws -> Data {
        switch value {
        case .blob(let data): return data
        case .string(let text):
            guard let data = Data(base64Encoded: text) else { throw mismatch(type, value) }
            return data
        default: throw mismatch(type, value)
        }
    }

    private static func elements(_ value: Document, _ type: String) throws -> [Document] {
        guard case .list(let elements) = value else { throw mismatch(type, value) }
        return elements
    }

    private static func mismatch(_ type: String, _ value: Document) -> DynamoDBTypeError {
        DynamoDBTypeError(.invalidAttributeValue, "A {\"\(type)\": ...} attribute value holds \(value), which is not a valid \(type).")
    }
}
