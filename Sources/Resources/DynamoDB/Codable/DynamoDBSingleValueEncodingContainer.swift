import Foundation

/// Writes one value into the node.
struct DynamoDBSingleValueEncodingContainer: SingleValueEncodingContainer {
    let state: DynamoDBEncodingState
    var codingPath: [any CodingKey] { state.codingPath }

    private func set(_ value: DynamoDBValue) { state.node.content = .value(value) }

    mutating func encodeNil() throws { set(.null) }
    mutating func encode(_ value: Bool) throws { set(.bool(value)) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Double) throws { set(try state.number(value)) }
    mutating func encode(_ value: Float) throws { set(try state.number(Double(value))) }
    mutating func encode(_ value: Int) throws { set(.number(DynamoDBNumber(value))) }
    mutating func encode(_ value: Int8) throws { set(.number(DynamoDBNumber(Int(value)))) }
    mutating func encode(_ value: Int16) throws { set(.number(DynamoDBNumber(Int(value)))) }
    mutating func encode(_ value: Int32) throws { set(.number(DynamoDBNumber(Int(value)))) }
    mutating func encode(_ value: Int64) throws { set(.number(DynamoDBNumber(Int(value)))) }
    mutating func encode(_ value: UInt) throws { set(.number(try DynamoDBNumber(value))) }
    mutating func encode(_ value: UInt8) throws { set(.number(DynamoDBNumber(Int(value)))) }
    mutating func encode(_ value: UInt16) throws { set(.number(DynamoDBNumber(Int(value)))) }
    mutating func encode(_ value: UInt32) throws { set(.number(DynamoDBNumber(Int(value)))) }
    mutating func encode(_ value: UInt64) throws { set(.number(try DynamoDBNumber(value))) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try state.encodeValue(value)
    }
}
