import Foundation

extension Document: DynamoDBValueConvertible {
    /// The plain DynamoDB value of this document, for the dynamic resource's `Document`
    /// parameters: `.int` → `.number`, `.double` → `.number` when exact (see
    /// `DynamoDBNumber.init(_: Double)`), `.blob` → `.binary`, lists and maps alike. A
    /// `.timestamp` has no DynamoDB type and throws `DynamoDBTypeError`, as boto3 refuses `datetime`.
    public func dynamoDBValue() throws -> DynamoDBValue {
        switch self {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .number(DynamoDBNumber(number))
        case .double(let number): return .number(try DynamoDBNumber(number))
        case .string(let text): return .string(text)
        case .blob(let data): return .binary(data)
        case .timestamp(let date):
            throw DynamoDBTypeError(.unsupportedType, "Unsupported type \"Date\" for value \"\(date)\": DynamoDB has no date type; store text (ISO 8601) or epoch seconds.")
        case .list(let elements): return .list(try elements.map { try $0.dynamoDBValue() })
        case .map(let entries): return .map(try entries.mapValues { try $0.dynamoDBValue() })
        }
    }
}
