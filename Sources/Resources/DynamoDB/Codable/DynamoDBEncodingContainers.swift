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
