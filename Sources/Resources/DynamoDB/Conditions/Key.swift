/// A key attribute in a condition, as boto3's `Key`: the only kind `KeyConditionExpression`
/// accepts, with the comparisons DynamoDB allows on keys.
///
/// ```swift
/// for try await user in table.query(User.self, KeyConditionExpression: Key("id").eq("u1") && Key("ts").gte(100)) { }
/// ```
/// `name` is a path: `a.b[0].c` names nested attributes; each part becomes its own `#n`
/// placeholder, as in boto3.
public struct Key: Sendable, Hashable {
    /// The attribute path.
    public let name: String

    /// The key attribute at `name`.
    public init(_ name: String) {
        self.name = name
    }

    private var operand: DynamoDBOperandNode { .attribute(name, isKey: true) }

    /// `name = value`.
    public func eq(_ value: any DynamoDBOperand) -> DynamoDBCondition {
        DynamoDBCondition(.comparison("=", operand, DynamoDBOperandNode(value)))
    }

    /// `name < value`.
    public func lt(_ value: any DynamoDBOperand) -> DynamoDBCondition {
        DynamoDBCondition(.comparison("<", operand, DynamoDBOperandNode(value)))
    }

    /// `name <= value`.
    public func lte(_ value: any DynamoDBOperand) -> DynamoDBCondition {
        DynamoDBCondition(.comparison("<=", operand, DynamoDBOperandNode(value)))
    }

    /// `name > value`.
    public func gt(_ value: any DynamoDBOperand) -> DynamoDBCondition {
        DynamoDBCondition(.comparison(">", operand, DynamoDBOperandNode(value)))
    }

    /// `name >= value`.
    public func gte(_ value: any DynamoDBOperand) -> DynamoDBCondition {
        DynamoDBCondition(.comparison(">=", operand, DynamoDBOperandNode(value)))
    }

    /// `begins_with(name, prefix)`.
    public func beginsWith(_ prefix: any DynamoDBOperand) -> DynamoDBCondition {
        DynamoDBCondition(.function("begins_with", [operand, DynamoDBOperandNode(prefix)]))
    }

    /// `name BETWEEN low AND high` (both ends included).
    public func between(_ low: any DynamoDBOperand, _ high: any DynamoDBOperand) -> DynamoDBCondition {
        DynamoDBCondition(.between(operand, DynamoDBOperandNode(low), DynamoDBOperandNode(high)))
    }
}
