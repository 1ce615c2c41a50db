import Foundation

/// Reads a struct's properties from a map.
struct DynamoDBKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let state: DynamoDBDecodingState
    let entries: [String: DynamoDBValue]
    var codingPath: [any CodingKey] { state.codingPath }

    init(state: DynamoDBDecodingState, entries: [String: DynamoDBValue]) {
        self.state = state
        if case .useDefaultKeys = state.options.keyDecodingStrategy {
            self.entries = entries
        } else {
            var converted: [String: DynamoDBValue] = [:]
            for (name, value) in entries { converted[state.options.propertyName(name)] = value }
            self.entries = converted
        }
    }

    var allKeys: [Key] { entries.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { entries[key.stringValue] != nil }

    private func child(_ key: Key) throws -> DynamoDBDecodingState {
        guard let value = entries[key.stringValue] else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath,
                debugDescription: "The item has no attribute \(key.stringValue)."))
        }
        return state.child(value, key: key)
    }

    func decodeNil(forKey key: Key) throws -> Bool { entries[key.stringValue]?.isNull ?? true }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try child(key).bool() }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try child(key).string() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try child(key).double() }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try child(key).float() }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try child(key).integer(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try child(key).integer(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try child(key).integer(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try child(key).integer(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try child(key).integer(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try child(key).integer(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try child(key).integer(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try child(key).integer(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try child(key).integer(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try child(key).integer(type) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        if entries[key.stringValue] == nil, T.self is any DynamoDBEmptyWhenMissing.Type {
            return try state.child(.list([]), key: key).decodeValue(type)
        }
        return try child(key).decodeValue(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try child(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        state.child(entries["super"] ?? .null, key: DynamoDBCodingKey("super"))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        state.child(entries[key.stringValue] ?? .null, key: key)
    }
}
