import Foundation

/// Writes an array's elements into a list node.
struct DynamoDBUnkeyedEncodingContainer: UnkeyedEncodingContainer {
    let state: DynamoDBEncodingState
    var codingPath: [any CodingKey] { state.codingPath }

    var count: Int {
        if case .list(let elements) = state.node.content { return elements.count }
        return 0
    }

    private func appendNode() -> DynamoDBEncodingNode {
        let node = DynamoDBEncodingNode()
        if case .list(var elements) = state.node.content {
            state.node.content = .pending
            elements.append(node)
            state.node.content = .list(elements)
        }
        return node
    }

    private func append(_ value: DynamoDBValue) { appendNode().content = .value(value) }

    mutating func encodeNil() throws { append(.null) }
    mutating func encode(_ value: Bool) throws { append(.bool(value)) }
    mutating func encode(_ value: String) throws { append(.string(value)) }
    mutating func encode(_ value: Double) throws { append(try state.number(value)) }
    mutating func encode(_ value: Float) throws { append(try state.number(Double(value))) }
    mutating func encode(_ value: Int) throws { append(.number(DynamoDBNumber(value))) }
    mutating func encode(_ value: Int8) throws { append(.number(DynamoDBNumber(Int(value)))) }
    mutating func encode(_ value: Int16) throws { append(.number(DynamoDBNumber(Int(value)))) }
    mutating func encode(_ value: Int32) throws { append(.number(DynamoDBNumber(Int(value)))) }
    mutating func encode(_ value: Int64) throws { append(.number(DynamoDBNumber(Int(value)))) }
    mutating func encode(_ value: UInt) throws { append(.number(try DynamoDBNumber(value))) }
    mutating func encode(_ value: UInt8) throws { append(.number(DynamoDBNumber(Int(value)))) }
    mutating func encode(_ value: UInt16) throws { append(.number(DynamoDBNumber(Int(value)))) }
    mutating func encode(_ value: UInt32) throws { append(.number(DynamoDBNumber(Int(value)))) }
    mutating func encode(_ value: UInt64) throws { append(.number(try DynamoDBNumber(value))) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let index = count
        try state.child(appendNode(), key: DynamoDBCodingKey(index)).encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let index = count
        return state.child(appendNode(), key: DynamoDBCodingKey(index)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let index = count
        return state.child(appendNode(), key: DynamoDBCodingKey(index)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let index = count
        return state.child(appendNode(), key: DynamoDBCodingKey(index))
    }
}
