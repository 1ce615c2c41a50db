/// The size of an attribute in a condition (`size(path)`), as boto3's `Attr(...).size()`: it is
/// not a condition itself, but takes the comparisons.
///
/// ```swift
/// let long = try await table.scan(FilterExpression: Attr("tags").size().gte(3))
/// ```
public struct DynamoDBSize: Sendable, Hashable {
    /// The path of the attribute measured.
    public let name: String

    /// The size of the attribute at `name`.
    public init(of name: String) {
        self.name = name
    }

    private var operand: DynamoDBOperandNode { .size(name) }

    /// `size(name) = value`.
    public func eq(_ value: any DynamoDBOperand) -> DynamoDBCondition {
        DynamoDBCondition(.comparison("=", operand, DynamoDBOperandNode(value)))
    }

    /// `size(name) <> value` (DynamoDB allows it; boto3's `Size` has no `ne`).
    public func ne(_ value: any DynamoDBOperand) -> DynamoDBCondition {
        DynamoDBCondition(.comparison("<>", operand, DynamoDBOperandNode(value)))
    }

    /// `size(name) < value`.
    public func lt(_ value: any DynamoDBOperand) -> DynamoDBCondition {
        DynamoDBCondition(.comparison("<", operand, DynamoDBOperandNode(value)))
    }

    /// `size(name) <= value`.
    public func lte(_ value: any DynamoDBOperand) -> DynamoDBCondition {
        DynamoDBCondition(.comparison("<=", operand, DynamoDBOperandNode(value)))
    }

    /// `size(name) > value`.
    public func gt(_ value: any DynamoDBOperand) -> DynamoDBCondition {
        DynamoDBCondition(.comparison(">", operand, DynamoDBOperandNode(value)))
    }

    /// `size(name) >= value`.
    public func gte(_ value: any DynamoDBOperand) -> DynamoDBCondition {
        DynamoDBCondition(.comparison(">=", operand, DynamoDBOperandNode(value)))
    }

    /// `size(name) BETWEEN low AND high`.
    public func between(_ low: any DynamoDBOperand, _ high: any DynamoDBOperand) -> DynamoDBCondition {
        DynamoDBCondition(.between(operand, DynamoDBOperandNode(low), DynamoDBOperandNode(high)))
    }
}
