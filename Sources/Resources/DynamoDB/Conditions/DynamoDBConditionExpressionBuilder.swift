/// Builds conditions into expression strings with `#n`/`:v` placeholders, as boto3's
/// `ConditionExpressionBuilder`: the same condition gives the same string and maps, placeholder
/// for placeholder.
///
/// The `Table` actions use one builder per request, so every condition of a request (the filter,
/// then the key condition, as boto3 orders them) shares one count. Use it directly to build
/// expressions for the low-level client:
/// ```swift
/// var builder = DynamoDBConditionExpressionBuilder()
/// let built = try builder.build(Attr("age").gt(20) && Attr("nick").notExists())
/// built.expression        // "(#n0 > :v0 AND attribute_not_exists(#n1))"
/// built.attributeNames    // ["#n0": "age", "#n1": "nick"]
/// built.attributeValues   // [":v0": 20]
/// ```
public struct DynamoDBConditionExpressionBuilder: Sendable {
    private var nameCount = 0
    private var valueCount = 0

    /// A builder whose placeholders start at `#n0` and `:v0`.
    public init() {}

    /// Starts the placeholders again from `#n0` and `:v0`.
    public mutating func reset() {
        nameCount = 0
        valueCount = 0
    }

    /// Builds `condition`. With `isKeyCondition`, every attribute must be a `Key`: an `Attr`
    /// throws `DynamoDBConditionError` (`.needsKeyCondition`), as boto3 raises. Throws
    /// `DynamoDBTypeError` for a value DynamoDB cannot hold.
    public mutating func build(_ condition: DynamoDBCondition, isKeyCondition: Bool = false) throws -> DynamoDBBuiltExpression {
        var names: [String: String] = [:]
        var values: [String: DynamoDBValue] = [:]
        let expression = try build(condition.node, names: &names, values: &values, isKeyCondition: isKeyCondition)
        return DynamoDBBuiltExpression(expression: expression, attributeNames: names, attributeValues: values)
    }

    private mutating func build(_ node: DynamoDBCondition.Node, names: inout [String: String],
                                values: inout [String: DynamoDBValue], isKeyCondition: Bool) throws -> String {
        switch node {
        case .comparison(let symbol, let left, let right):
            let first = try operand(left, names: &names, values: &values, isKeyCondition: isKeyCondition)
            let second = try operand(right, names: &names, values: &values, isKeyCondition: isKeyCondition)
            return "\(first) \(symbol) \(second)"
        case .isIn(let left, let list):
            let first = try operand(left, names: &names, values: &values, isKeyCondition: isKeyCondition)
            var placeholders: [String] = []
            for element in list { placeholders.append(try valuePlaceholder(try element.dynamoDBValue(), values: &values)) }
            return "\(first) IN (\(placeholders.joined(separator: ", ")))"
        case .between(let subject, let low, let high):
            let first = try operand(subject, names: &names, values: &values, isKeyCondition: isKeyCondition)
            let second = try operand(low, names: &names, values: &values, isKeyCondition: isKeyCondition)
            let third = try operand(high, names: &names, values: &values, isKeyCondition: isKeyCondition)
            return "\(first) BETWEEN \(second) AND \(third)"
        case .function(let name, let operands):
            var parts: [String] = []
            for item in operands { parts.append(try operand(item, names: &names, values: &values, isKeyCondition: isKeyCondition)) }
            return "\(name)(\(parts.joined(separator: ", ")))"
        case .and(let left, let right):
            let first = try build(left, names: &names, values: &values, isKeyCondition: isKeyCondition)
            let second = try build(right, names: &names, values: &values, isKeyCondition: isKeyCondition)
            return "(\(first) AND \(second))"
        case .or(let left, let right):
            let first = try build(left, names: &names, values: &values, isKeyCondition: isKeyCondition)
            let second = try build(right, names: &names, values: &values, isKeyCondition: isKeyCondition)
            return "(\(first) OR \(second))"
        case .not(let inner):
            return "(NOT \(try build(inner, names: &names, values: &values, isKeyCondition: isKeyCondition)))"
        }
    }

    private mutating func operand(_ node: DynamoDBOperandNode, names: inout [String: String],
                                  values: inout [String: DynamoDBValue], isKeyCondition: Bool) throws -> String {
        switch node {
        case .attribute(let path, let isKey):
            if isKeyCondition && !isKey {
                throw DynamoDBConditionError(.needsKeyCondition,
                                             "Attribute object \(path) is of type Attr. KeyConditionExpression only supports Attribute objects of type Key: write Key(\"\(path)\").")
            }
            return namePlaceholders(path, names: &names)
        case .size(let path):
            if isKeyCondition {
                throw DynamoDBConditionError(.needsKeyCondition,
                                             "Attribute object \(path) is of type Attr. KeyConditionExpression only supports Attribute objects of type Key: size() has no place in a key condition.")
            }
            return "size(\(namePlaceholders(path, names: &names)))"
        case .value(let value):
            return try valuePlaceholder(try value.dynamoDBValue(), values: &values)
        }
    }

    /// `path` with each name part replaced by a new `#n` placeholder (`a.b[0]` → `#n0.#n1[0]`).
    private mutating func namePlaceholders(_ path: String, names: inout [String: String]) -> String {
        var result = ""
        for part in AttributePath.split(path) {
            switch part {
            case .literal(let text):
                result += text
            case .name(let name):
                let placeholder = "#n\(nameCount)"
                nameCount += 1
                names[placeholder] = name
                result += placeholder
            }
        }
        return result
    }

    private mutating func valuePlaceholder(_ value: DynamoDBValue, values: inout [String: DynamoDBValue]) throws -> String {
        let placeholder = ":v\(valueCount)"
        valueCount += 1
        values[placeholder] = value
        return placeholder
    }
}
