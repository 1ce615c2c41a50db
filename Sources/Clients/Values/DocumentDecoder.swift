import Foundation

/// A `Decoder` reading from a `Document`.
struct DocumentDecoder: Decoder {
    let document: Document
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .map(let entries) = document else {
            throw DecodingError.typeMismatch([String: Document].self, .init(codingPath: codingPath,
                debugDescription: "expected a map, found \(document.kindName)"))
        }
        return KeyedDecodingContainer(KeyedContainer<Key>(entries: entries, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .list(let elements) = document else {
            throw DecodingError.typeMismatch([Document].self, .init(codingPath: codingPath,
                debugDescription: "expected a list, found \(document.kindName)"))
        }
        return UnkeyedContainer(elements: elements, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleContainer(decoder: self) }

    /// Decodes `T` from `value`, with the special cases for scalars, dates and data.
    static func decode<T: Decodable>(_ type: T.Type, from value: Document, codingPath: [any CodingKey]) throws -> T {
        let decoder = DocumentDecoder(document: value, codingPath: codingPath)
        if T.self == Date.self {
            guard let date = value.timestampValue as? T else { throw decoder.mismatch(Date.self) }
            return date
        }
        if T.self == Data.self {
            if case .blob(let data) = value, let result = data as? T { return result }
            if case .string(let text) = value, let result = Data(base64Encoded: text) as? T { return result }
            throw decoder.mismatch(Data.self)
        }
        if let document = value as? T { return document }
        return try T(from: decoder)
    }

    func mismatch(_ type: Any.Type) -> DecodingError {
        .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "expected \(type), found \(document.kindName)"))
    }

    struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let entries: [String: Document]
        let codingPath: [any CodingKey]
        var allKeys: [Key] { entries.keys.compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool { entries[key.stringValue] != nil }

        private func value(_ key: Key) throws -> Document {
            guard let value = entries[key.stringValue] else {
                throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no member '\(key.stringValue)'"))
            }
            return value
        }

        func decodeNil(forKey key: Key) throws -> Bool { entries[key.stringValue]?.isNull ?? true }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try DocumentDecoder.decode(type, from: value(key), codingPath: codingPath + [key])
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try DocumentDecoder(document: value(key), codingPath: codingPath + [key]).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try DocumentDecoder(document: value(key), codingPath: codingPath + [key]).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder { DocumentDecoder(document: .map(entries), codingPath: codingPath) }

        func superDecoder(forKey key: Key) throws -> any Decoder {
            DocumentDecoder(document: entries[key.stringValue] ?? .null, codingPath: codingPath + [key])
        }
    }

    struct UnkeyedContainer: UnkeyedDecodingContainer {
        let elements: [Document]
        let codingPath: [any CodingKey]
        var currentIndex = 0
        var count: Int? { elements.count }
        var isAtEnd: Bool { currentIndex >= elements.count }

        init(elements: [Document], codingPath: [any CodingKey]) {
            self.elements = elements
            self.codingPath = codingPath
        }

        private mutating func next() throws -> (Document, [any CodingKey]) {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(Document.self, .init(codingPath: codingPath, debugDescription: "the list has no more elements"))
            }
            defer { currentIndex += 1 }
            return (elements[currentIndex], codingPath + [AnyCodingKey(intValue: currentIndex)])
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, elements[currentIndex].isNull else { return false }
            currentIndex += 1
            return true
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            let (value, path) = try next()
            return try DocumentDecoder.decode(type, from: value, codingPath: path)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            let (value, path) = try next()
            return try DocumentDecoder(document: value, codingPath: path).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            let (value, path) = try next()
            return try DocumentDecoder(document: value, codingPath: path).unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder {
            let (value, path) = try next()
            return DocumentDecoder(document: value, codingPath: path)
        }
    }

    struct SingleContainer: SingleValueDecodingContainer {
        let decoder: DocumentDecoder
        var codingPath: [any CodingKey] { decoder.codingPath }

        func decodeNil() -> Bool { decoder.document.isNull }

        func decode(_ type: Bool.Type) throws -> Bool {
            guard let value = decoder.document.bool else { throw decoder.mismatch(type) }
            return value
        }

        func decode(_ type: String.Type) throws -> String {
            switch decoder.document {
            case .string(let value): return value
            case .timestamp(let date): return TimestampFormat.iso8601.format(date)
            default: throw decoder.mismatch(type)
            }
        }

        func decode(_ type: Double.Type) throws -> Double {
            guard let value = decoder.document.double else { throw decoder.mismatch(type) }
            return value
        }

        func decode(_ type: Float.Type) throws -> Float {
            guard let value = decoder.document.double else { throw decoder.mismatch(type) }
            return Float(value)
        }

        func decode<T: BinaryInteger & Decodable>(integer type: T.Type) throws -> T {
            guard let value = decoder.document.int, let exact = T(exactly: value) else { throw decoder.mismatch(type) }
            return exact
        }

        func decode(_ type: Int.Type) throws -> Int { try decode(integer: type) }
        func decode(_ type: Int8.Type) throws -> Int8 { try decode(integer: type) }
        func decode(_ type: Int16.Type) throws -> Int16 { try decode(integer: type) }
        func decode(_ type: Int32.Type) throws -> Int32 { try decode(integer: type) }
        func decode(_ type: Int64.Type) throws -> Int64 { try decode(integer: type) }
        func decode(_ type: UInt.Type) throws -> UInt { try decode(integer: type) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try decode(integer: type) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try decode(integer: type) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try decode(integer: type) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try decode(integer: type) }

        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try DocumentDecoder.decode(type, from: decoder.document, codingPath: codingPath)
        }
    }
}

extension Document {
    /// The case name, for error messages.
    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int: return "an integer"
        case .double: return "a number"
        case .string: return "a string"
        case .blob: return "a blob"
        case .timestamp: return "a timestamp"
        case .list: return "a list"
        case .map: return "a map"
        }
    }
}
