import Foundation

/// Writes a struct's properties into a map node.
struct DynamoDBKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let state: DynamoDBEncodingState
    var codingPath: [any CodingKey] { state.codingPath }

    private func childNode(_ key: Key) -> DynamoDBEncodingNode {
        childNode(named: state.options.attributeName(key.stringValue))
    }

    private func childNode(named name: String) -> DynamoDBEncodingNode {
        let node = DynamoDBEncodingNode()
        if case .map(var entries) = state.node.content {
            state.node.content = .pending
            entries[name] = node
            state.node.content = .map(entries)
        }
        return node
    }

    private func set(_ value: DynamoDBValue, _ key: Key) {
        childNode(key).content = .value(value)
    }

    mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { set(try state.number(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { set(try state.number(Double(value)), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(.number(DynamoDBNumber(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { set(.number(DynamoDBNumber(Int(value))), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { set(.number(DynamoDBNumber(Int(value))), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(.number(DynamoDBNumber(Int(value))), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(.number(DynamoDBNumber(Int(value))), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(.number(try DynamoDBNumber(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.number(DynamoDBNumber(Int(value))), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.number(DynamoDBNumber(Int(value))), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.number(DynamoDBNumber(Int(value))), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(.number(try DynamoDBNumber(value)), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try state.child(childNode(key), key: key).encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        state.child(childNode(key), key: key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        state.child(childNode(key), key: key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        state.child(childNode(named: "super"), key: DynamoDBCodingKey("super"))
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        state.child(childNode(key), key: key)
    }
}
