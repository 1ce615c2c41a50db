/// An item attribute in a condition, as boto3's `Attr`: every comparison and function DynamoDB's
/// condition and filter expressions have. `KeyConditionExpression` refuses it (use `Key`).
///
/// ```swift
/// try await table.putItem(Item: ["id": "u1"], ConditionExpression: Attr("id").notExists())
/// let adults = try await table.scan(FilterExpression: Attr("age").gte(18) && Attr("tags").contains("admin"))
/// let nested = Attr("address.lines[0]").beginsWith("Flat")
/// ```
/// `name` is a path: `a.b[0].c` names nested attributes; each part becomes its own `#n`
/// placeholder, as in boto3.
public struct Attr: Sendable, Hashable {
    /// The attribute path.
    public let name: String

    /// The attribute at `name`.
    public init(_ name: String) {
        self.name = name
    }

    private var operand: DynamoDBOperandNode { .attribute(name, isKey: false) }

    /// `name = value`.
    public func eq(_ value: any DynamoDBOperand) -> DynamoDBCondition {
        DynamoDBCondition(.comparison("=", operand, DynamoDBOperandNode(value)))
    }

    /// `name <> value`.
    public func ne(_ value: any DynamoDBOperand) -> DynamoDBCondition {
        DynamoDBCondition(.comparison("<>", operand, DynamoDBOperandNode(value)))
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

    /// `name IN (:v0, :v1, ...)`: one placeholder per value, as boto3's `is_in`.
    public func isIn(_ values: [any DynamoDBValueConvertible]) -> DynamoDBCondition {
        DynamoDBCondition(.isIn(operand, values))
    }

    /// `attribute_exists(name)`.
    public func exists() -> DynamoDBCondition {
        DynamoDBCondition(.function("attribute_exists", [operand]))
    }

    /// `attribute_not_exists(name)`.
    public func notExists() -> DynamoDBCondition {
        DynamoDBCondition(.function("attribute_not_exists", [operand]))
    }

    /// `contains(name, value)`: a substring of a string, an element of a set or list.
    public func contains(_ value: any DynamoDBOperand) -> DynamoDBCondition {
        DynamoDBCondition(.function("contains", [operand, DynamoDBOperandNode(value)]))
    }

    /// `size(name)`, to compare: `Attr("tags").size().gt(2)`.
    public func size() -> DynamoDBSize {
        DynamoDBSize(of: name)
    }

    /// `attribute_type(name, type)`, `type` one of `S`, `N`, `B`, `SS`, `NS`, `BS`, `BOOL`, `NULL`, `L`, `M`.
    public func attributeType(_ type: any DynamoDBOperand) -> DynamoDBCondition {
        DynamoDBCondition(.function("attribute_type", [operand, DynamoDBOperandNode(type)]))
    }
}
