/// What a `Key`/`Attr` comparison takes on its right: a plain value (`DynamoDBValueConvertible`),
/// another attribute (`Attr("a").eq(Attr("b"))` compares two attributes, `#n0 = #n1`), a key,
/// or an attribute's size (`Attr("a").gt(Attr("b").size())`).
///
/// Values, `Key`, `Attr` and `DynamoDBSize` conform; another conforming type fails with
/// `DynamoDBTypeError` when the expression is built.
public protocol DynamoDBOperand: Sendable {}

extension Key: DynamoDBOperand {}
extension Attr: DynamoDBOperand {}
extension DynamoDBSize: DynamoDBOperand {}
