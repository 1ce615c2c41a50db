/// A condition built into what a request carries, as boto3's `BuiltConditionExpression`: the
/// expression string and the placeholders it uses.
public struct DynamoDBBuiltExpression: Sendable, Hashable {
    /// The expression with placeholders (`(#n0 > :v0 OR attribute_not_exists(#n1))`).
    public let expression: String
    /// The name placeholders (`["#n0": "age"]`), for `ExpressionAttributeNames`.
    public let attributeNames: [String: String]
    /// The value placeholders as plain values (`[":v0": 20]`), for `ExpressionAttributeValues`.
    public let attributeValues: [String: DynamoDBValue]
}
