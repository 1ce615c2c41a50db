import Foundation

/// A type whose values a `DynamoDBSet` can hold: `String` (a string set), `Data` (a binary set),
/// or a number type (a number set): `DynamoDBNumber`, `Int`, `Decimal`, `Double` (exact values only).
public protocol DynamoDBSetElement: Hashable, Sendable {
    /// The set of `elements` (distinct, in order) as a DynamoDB value: `.stringSet`, `.numberSet`
    /// or `.binarySet`. Throws `DynamoDBTypeError` for an element DynamoDB cannot hold.
    static func dynamoDBSet(of elements: [Self]) throws -> DynamoDBValue
}

extension String: DynamoDBSetElement {
    /// A string set.
    public static func dynamoDBSet(of elements: [String]) throws -> DynamoDBValue {
        .stringSet(DynamoDBSet(unique: elements))
    }
}

extension Data: DynamoDBSetElement {
    /// A binary set.
    public static func dynamoDBSet(of elements: [Data]) throws -> DynamoDBValue {
        .binarySet(DynamoDBSet(unique: elements))
    }
}

extension DynamoDBNumber: DynamoDBSetElement {
    /// A number set.
    public static func dynamoDBSet(of elements: [DynamoDBNumber]) throws -> DynamoDBValue {
        .numberSet(DynamoDBSet(unique: elements))
    }
}

extension Int: DynamoDBSetElement {
    /// A number set.
    public static func dynamoDBSet(of elements: [Int]) throws -> DynamoDBValue {
        .numberSet(DynamoDBSet(unique: elements.map(DynamoDBNumber.init(_:))))
    }
}

extension Decimal: DynamoDBSetElement {
    /// A number set; throws for a NaN.
    public static func dynamoDBSet(of elements: [Decimal]) throws -> DynamoDBValue {
        .numberSet(DynamoDBSet(try elements.map { try DynamoDBNumber($0) }))
    }
}

extension Double: DynamoDBSetElement {
    /// A number set; throws `DynamoDBTypeError` (`.inexact`) for a `Double` that is not an exact
    /// short decimal (see `DynamoDBNumber.init(_: Double)`).
    public static func dynamoDBSet(of elements: [Double]) throws -> DynamoDBValue {
        .numberSet(DynamoDBSet(try elements.map { try DynamoDBNumber($0) }))
    }
}
