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

/// Reads an array's elements from a list or set.
struct DynamoDBUnkeyedDecodingContainer: UnkeyedDecodingContainer {
    let state: DynamoDBDecodingState
    let elements: [DynamoDBValue]
    var currentIndex = 0
    var codingPath: [any CodingKey] { state.codingPath }

    init(state: DynamoDBDecodingState, elements: [DynamoDBValue]) {
        self.state = state
        self.elements = elements
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private mutating func next() throws -> DynamoDBDecodingState {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, DecodingError.Context(codingPath: codingPath + [DynamoDBCodingKey(currentIndex)],
                debugDescription: "The list has only \(elements.count) element(s)."))
        }
        defer { currentIndex += 1 }
        return state.child(elements[currentIndex], key: DynamoDBCodingKey(currentIndex))
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, elements[currentIndex].isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next().bool() }
    mutating func decode(_ type: String.Type) throws -> String { try next().string() }
    mutating func decode(_ type: Double.Type) throws -> Double { try next().double() }
    mutating func decode(_ type: Float.Type) throws -> Float { try next().float() }
    mutating func decode(_ type: Int.Type) throws -> Int { try next().integer(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().integer(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().integer(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().integer(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().integer(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next().integer(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().integer(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().integer(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().integer(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().integer(type) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decodeValue(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { try next() }
}

/// Reads one value.
struct DynamoDBSingleValueDecodingContainer: SingleValueDecodingContainer {
    let state: DynamoDBDecodingState
    var codingPath: [any CodingKey] { state.codingPath }

    func decodeNil() -> Bool { state.value.isNull }
    func decode(_ type: Bool.Type) throws -> Bool { try state.bool() }
    func decode(_ type: String.Type) throws -> String { try state.string() }
    func decode(_ type: Double.Type) throws -> Double { try state.double() }
    func decode(_ type: Float.Type) throws -> Float { try state.float() }
    func decode(_ type: Int.Type) throws -> Int { try state.integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try state.integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try state.integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try state.integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try state.integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try state.integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try state.integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try state.integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try state.integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try state.integer(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try state.decodeValue(type) }
}
