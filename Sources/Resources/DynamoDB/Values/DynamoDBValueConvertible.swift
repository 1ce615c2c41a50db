import Foundation

/// A plain Swift value that stands for a DynamoDB attribute value in `Table` actions, the batch
/// writer, conditions and `DynamoDBTypeSerializer`, as Python values do in boto3.
///
/// Conforming: `String`, `Bool`, the integer types, `DynamoDBNumber`, `Decimal`, `Double` and
/// `Float` (exact values only: see `DynamoDBNumber.init(_: Double)`), `Data`, `DynamoDBSet`,
/// `DynamoDBValue`, optionals of these (`nil` is `NULL`), and arrays and string-keyed
/// dictionaries of `any DynamoDBValueConvertible`, so one literal can mix them:
/// ```swift
/// try await table.putItem(Item: ["id": "u1", "age": 30, "tags": DynamoDBSet(["a", "b"]), "blob": Data([1]),
///                                "address": ["city": "Oslo", "zip": 150], "scores": [1, "two"]])
/// ```
/// An array or dictionary held in a variable of a narrower type (`[String]`) converts with
/// `DynamoDBValue(list:)` / `DynamoDBValue(map:)`. `Date` has no DynamoDB type (boto3 refuses
/// `datetime` too): store text or a number, or let `DynamoDBEncoder`'s date strategy choose.
public protocol DynamoDBValueConvertible: DynamoDBArgument, DynamoDBOperand {
    /// This value as a DynamoDB attribute value. Throws `DynamoDBTypeError` when it has none
    /// (an inexact `Double`, a NaN).
    func dynamoDBValue() throws -> DynamoDBValue
}

extension DynamoDBValueConvertible {
    /// The value, as a keyword argument.
    public func dynamoDBArgument() throws -> DynamoDBArgumentValue { .value(try dynamoDBValue()) }
}

extension DynamoDBValue: DynamoDBValueConvertible {
    /// The value itself.
    public func dynamoDBValue() throws -> DynamoDBValue { self }
}

extension DynamoDBValue {
    /// A `.list` of the values of `elements` (`DynamoDBValue(list: names)` for a `[String]`).
    public init<S: Sequence>(list elements: S) throws where S.Element: DynamoDBValueConvertible {
        self = .list(try elements.map { try $0.dynamoDBValue() })
    }

    /// A `.map` of the values of `entries` (`DynamoDBValue(map: counts)` for a `[String: Int]`).
    public init<V: DynamoDBValueConvertible>(map entries: [String: V]) throws {
        self = .map(try entries.mapValues { try $0.dynamoDBValue() })
    }
}

extension String: DynamoDBValueConvertible {
    /// `.string`.
    public func dynamoDBValue() throws -> DynamoDBValue { .string(self) }
}

extension Substring: DynamoDBValueConvertible {
    /// `.string`.
    public func dynamoDBValue() throws -> DynamoDBValue { .string(String(self)) }
}

extension Bool: DynamoDBValueConvertible {
    /// `.bool`.
    public func dynamoDBValue() throws -> DynamoDBValue { .bool(self) }
}

extension Int: DynamoDBValueConvertible {
    /// `.number`, exact.
    public func dynamoDBValue() throws -> DynamoDBValue { .number(DynamoDBNumber(self)) }
}

extension Int8: DynamoDBValueConvertible {
    /// `.number`, exact.
    public func dynamoDBValue() throws -> DynamoDBValue { .number(DynamoDBNumber(Int(self))) }
}

extension Int16: DynamoDBValueConvertible {
    /// `.number`, exact.
    public func dynamoDBValue() throws -> DynamoDBValue { .number(DynamoDBNumber(Int(self))) }
}

extension Int32: DynamoDBValueConvertible {
    /// `.number`, exact.
    public func dynamoDBValue() throws -> DynamoDBValue { .number(DynamoDBNumber(Int(self))) }
}

extension Int64: DynamoDBValueConvertible {
    /// `.number`, exact.
    public func dynamoDBValue() throws -> DynamoDBValue { .number(DynamoDBNumber(Int(self))) }
}

extension UInt: DynamoDBValueConvertible {
    /// `.number`, exact.
    public func dynamoDBValue() throws -> DynamoDBValue { .number(try DynamoDBNumber(self)) }
}

extension UInt8: DynamoDBValueConvertible {
    /// `.number`, exact.
    public func dynamoDBValue() throws -> DynamoDBValue { .number(DynamoDBNumber(Int(self))) }
}

extension UInt16: DynamoDBValueConvertible {
    /// `.number`, exact.
    public func dynamoDBValue() throws -> DynamoDBValue { .number(DynamoDBNumber(Int(self))) }
}

extension UInt32: DynamoDBValueConvertible {
    /// `.number`, exact.
    public func dynamoDBValue() throws -> DynamoDBValue { .number(DynamoDBNumber(Int(self))) }
}

extension UInt64: DynamoDBValueConvertible {
    /// `.number`, exact.
    public func dynamoDBValue() throws -> DynamoDBValue { .number(try DynamoDBNumber(self)) }
}

extension Double: DynamoDBValueConvertible {
    /// `.number` with the exact value; throws `DynamoDBTypeError` (`.inexact`) when that needs
    /// more than 38 digits (`0.1`), and for infinities and NaN.
    public func dynamoDBValue() throws -> DynamoDBValue { .number(try DynamoDBNumber(self)) }
}

extension Float: DynamoDBValueConvertible {
    /// `.number` with the exact value (see `Double`'s).
    public func dynamoDBValue() throws -> DynamoDBValue { .number(try DynamoDBNumber(Double(self))) }
}

extension Decimal: DynamoDBValueConvertible {
    /// `.number`, exact; throws for NaN.
    public func dynamoDBValue() throws -> DynamoDBValue { .number(try DynamoDBNumber(self)) }
}

extension DynamoDBNumber: DynamoDBValueConvertible {
    /// `.number`.
    public func dynamoDBValue() throws -> DynamoDBValue { .number(self) }
}

extension Data: DynamoDBValueConvertible {
    /// `.binary`.
    public func dynamoDBValue() throws -> DynamoDBValue { .binary(self) }
}

extension DynamoDBSet: DynamoDBValueConvertible {
    /// `.stringSet`, `.numberSet` or `.binarySet`, by element type.
    public func dynamoDBValue() throws -> DynamoDBValue { try Element.dynamoDBSet(of: elements) }
}

extension Optional: DynamoDBValueConvertible, DynamoDBArgument, DynamoDBOperand where Wrapped: DynamoDBValueConvertible {
    /// The wrapped value's, or `.null`.
    public func dynamoDBValue() throws -> DynamoDBValue { try self?.dynamoDBValue() ?? .null }
}

extension Array: DynamoDBValueConvertible, DynamoDBArgument, DynamoDBOperand where Element == any DynamoDBValueConvertible {
    /// `.list` of the elements' values.
    public func dynamoDBValue() throws -> DynamoDBValue {
        var out: [DynamoDBValue] = []
        out.reserveCapacity(count)
        for (index, element) in enumerated() {
            do { out.append(try element.dynamoDBValue()) } catch let error as DynamoDBTypeError { throw error.inside("[\(index)]") }
        }
        return .list(out)
    }
}

extension Dictionary: DynamoDBValueConvertible, DynamoDBArgument, DynamoDBOperand where Key == String, Value == any DynamoDBValueConvertible {
    /// `.map` of the values' values.
    public func dynamoDBValue() throws -> DynamoDBValue {
        var out: [String: DynamoDBValue] = [:]
        out.reserveCapacity(count)
        for (key, value) in self {
            do { out[key] = try value.dynamoDBValue() } catch let error as DynamoDBTypeError { throw error.inside(key) }
        }
        return .map(out)
    }
}
