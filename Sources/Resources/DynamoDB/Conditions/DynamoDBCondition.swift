/// A condition on items, built with `Key` and `Attr` as boto3's `boto3.dynamodb.conditions`, for
/// `KeyConditionExpression`, `FilterExpression` and `ConditionExpression`.
///
/// ```swift
/// let found = try await table.query(KeyConditionExpression: Key("id").eq("u1") && Key("ts").between(1, 9),
///                                   FilterExpression: Attr("age").gt(20) || Attr("nick").notExists())
/// try await table.putItem(Item: ["id": "u2"], ConditionExpression: !Attr("id").exists())
/// ```
/// Sending one builds the expression string and its `#n0`/`:v0` placeholders exactly as boto3's
/// `ConditionExpressionBuilder` does (see `DynamoDBConditionExpressionBuilder`), so the same
/// query sends the same request from both.
public struct DynamoDBCondition: Sendable {
    /// The condition's tree.
    indirect enum Node: Sendable {
        /// `{0} {operator} {1}`: `=`, `<>`, `<`, `<=`, `>`, `>=`.
        case comparison(String, DynamoDBOperandNode, DynamoDBOperandNode)
        /// `{0} IN ({1}, ...)`.
        case isIn(DynamoDBOperandNode, [any DynamoDBValueConvertible])
        /// `{0} BETWEEN {1} AND {2}`.
        case between(DynamoDBOperandNode, DynamoDBOperandNode, DynamoDBOperandNode)
        /// `name({0}, ...)`: `begins_with`, `contains`, `attribute_type`, `attribute_exists`, `attribute_not_exists`.
        case function(String, [DynamoDBOperandNode])
        /// `({0} AND {1})`.
        case and(Node, Node)
        /// `({0} OR {1})`.
        case or(Node, Node)
        /// `(NOT {0})`.
        case not(Node)
    }

    let node: Node

    init(_ node: Node) {
        self.node = node
    }

    /// Both conditions: `(a AND b)`.
    public static func && (lhs: DynamoDBCondition, rhs: DynamoDBCondition) -> DynamoDBCondition {
        DynamoDBCondition(.and(lhs.node, rhs.node))
    }

    /// Either condition: `(a OR b)`.
    public static func || (lhs: DynamoDBCondition, rhs: DynamoDBCondition) -> DynamoDBCondition {
        DynamoDBCondition(.or(lhs.node, rhs.node))
    }

    /// The opposite condition: `(NOT a)`.
    public static prefix func ! (condition: DynamoDBCondition) -> DynamoDBCondition {
        DynamoDBCondition(.not(condition.node))
    }
}

extension DynamoDBCondition: DynamoDBArgument {
    /// The condition, built into an expression when the request is made.
    public func dynamoDBArgument() throws -> DynamoDBArgumentValue { .condition(self) }
}

extension DynamoDBCondition: CustomStringConvertible {
    /// The expression with the names and values written in place (`(#age > 20)` reads
    /// `(age > 20)`), for logs; requests use placeholders.
    public var description: String {
        var builder = DynamoDBConditionExpressionBuilder()
        guard let built = try? builder.build(self) else { return "DynamoDBCondition(invalid)" }
        var text = built.expression
        for (placeholder, name) in built.attributeNames.sorted(by: { $0.key.count > $1.key.count }) {
            text = text.replacingOccurrences(of: placeholder, with: name)
        }
        for (placeholder, value) in built.attributeValues.sorted(by: { $0.key.count > $1.key.count }) {
            text = text.replacingOccurrences(of: placeholder, with: value.description)
        }
        return text
    }
}
