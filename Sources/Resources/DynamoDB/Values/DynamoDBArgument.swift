/// A keyword argument of a DynamoDB resource action (`table.query(...)`, `dynamodb.batchWriteItem(...)`):
/// a plain value (`DynamoDBValueConvertible`), including maps and lists of them, or a condition
/// built with `Key` and `Attr` for `ConditionExpression`, `FilterExpression` and
/// `KeyConditionExpression`.
///
/// ```swift
/// try await table.putItem(Item: ["id": "u1", "age": 30], ConditionExpression: Attr("id").notExists())
/// ```
public protocol DynamoDBArgument: Sendable {
    /// What the argument stands for in the request.
    func dynamoDBArgument() throws -> DynamoDBArgumentValue
}

/// What a keyword argument of a DynamoDB resource action stands for.
public enum DynamoDBArgumentValue: Sendable {
    /// A plain value: serialized to the wire's typed form where the operation takes attribute
    /// values, sent as it is elsewhere.
    case value(DynamoDBValue)
    /// A condition: built into an expression string with `#n`/`:v` placeholders, as boto3's
    /// `ConditionExpressionBuilder` does.
    case condition(DynamoDBCondition)
}
