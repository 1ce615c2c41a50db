import Foundation

/// Turns a DynamoDB response into plain values, as boto3's DynamoDB interface does after every
/// call: every `AttributeValue` the output shape names is deserialized (`Item`, `Items`,
/// `Attributes`, `LastEvaluatedKey`, `UnprocessedItems`, ...); the other members keep their values
/// in `DynamoDBValue`'s cases.
enum DynamoDBResponseReader {
    private static let deserializer = DynamoDBTypeDeserializer()

    /// The plain form of `response`, whose attribute values are where `plan` says.
    static func read(_ response: Document, plan: DynamoDBShapePlan?) throws -> DynamoDBValue {
        guard let plan else { return plain(response) }
        switch (plan, response) {
        case (.attributeValue, _):
            return try deserializer.deserialize(response)
        case (.structure(let members), .map(let entries)):
            var out: [String: DynamoDBValue] = [:]
            out.reserveCapacity(entries.count)
            for (name, entry) in entries { out[name] = try read(entry, plan: members[name]) }
            return .map(out)
        case (.list(let element), .list(let elements)):
            var out: [DynamoDBValue] = []
            out.reserveCapacity(elements.count)
            for entry in elements { out.append(try read(entry, plan: element)) }
            return .list(out)
        case (.map(let element), .map(let entries)):
            var out: [String: DynamoDBValue] = [:]
            out.reserveCapacity(entries.count)
            for (name, entry) in entries { out[name] = try read(entry, plan: element) }
            return .map(out)
        default:
            return plain(response)
        }
    }

    /// A response member that is not an attribute value: numbers become `.number` (the service's
    /// floating-point figures, such as `CapacityUnits`, as Swift writes the `Double` parsed from
    /// the JSON), timestamps their epoch seconds.
    static func plain(_ value: Document) -> DynamoDBValue {
        switch value {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .number(DynamoDBNumber(number))
        case .double(let number): return number.isFinite ? (try? DynamoDBNumber(String(number))).map(DynamoDBValue.number) ?? .string(String(number)) : .string(String(number))
        case .string(let text): return .string(text)
        case .blob(let data): return .binary(data)
        case .timestamp(let date): return plain(.double(date.timeIntervalSince1970))
        case .list(let elements): return .list(elements.map(plain))
        case .map(let entries): return .map(entries.mapValues(plain))
        }
    }
}
