/// An operand of a condition: an attribute (or key) by path, the size of one, or a value.
enum DynamoDBOperandNode: Sendable {
    case attribute(String, isKey: Bool)
    case size(String)
    case value(any DynamoDBValueConvertible)

    /// The node for an operand given to a `Key`/`Attr` method.
    init(_ operand: any DynamoDBOperand) {
        switch operand {
        case let attribute as Attr: self = .attribute(attribute.name, isKey: false)
        case let key as Key: self = .attribute(key.name, isKey: true)
        case let size as DynamoDBSize: self = .size(size.name)
        case let value as any DynamoDBValueConvertible: self = .value(value)
        default: self = .value(UnsupportedOperand(operand: operand))
        }
    }
}

/// A value of a type that conformed to `DynamoDBOperand` without being a value, key or attribute:
/// it fails with a clear error when the expression is built.
struct UnsupportedOperand: DynamoDBValueConvertible {
    let operand: any DynamoDBOperand

    func dynamoDBValue() throws -> DynamoDBValue {
        throw DynamoDBTypeError(.unsupportedType, "Unsupported type \"\(type(of: operand))\" for value \"\(operand)\": compare with values, Key, Attr or size().")
    }
}
