import Foundation

/// An `Encoder` producing a `Document`. Containers write into shared boxes that are assembled
/// into the final value when read.
final class DocumentEncoder: Encoder {
    /// A node of the document under construction.
    final class Box {
        enum Content {
            case value(Document)
            case map([String: Box])
            case list([Box])
        }
        var content: Content = .value(.null)

        var value: Document {
            switch content {
            case .value(let document): return document
            case .map(let entries): return .map(entries.mapValues(\.value))
            case .list(let elements): return .list(elements.map(\.value))
            }
        }
    }

    let box: Box
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(box: Box, codingPath: [any CodingKey]) {
        self.box = box
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .map = box.content {} else { box.content = .map([:]) }
        return KeyedEncodingContainer(KeyedContainer<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .list = box.content {} else { box.content = .list([]) }
        return UnkeyedContainer(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(encoder: self) }

    /// Encodes `value` into this encoder's box, with the special cases for dates, data and documents.
    func encodeValue<T: Encodable>(_ value: T) throws {
        switch value {
        case let date as Date: box.content = .value(.timestamp(date))
        case let data as Data: box.content = .value(.blob(data))
        case let document as Document: box.content = .value(document)
        case let url as URL: box.content = .value(.string(url.absoluteString))
        default: try value.encode(to: self)
        }
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: Box
        let codingPath: [any CodingKey]

        private func child(_ key: any CodingKey) -> Box {
            guard case .map(var entries) = box.content else { return Box() }
            if let existing = entries[key.stringValue] { return existing }
            let child = Box()
            entries[key.stringValue] = child
            box.content = .map(entries)
            return child
        }

        mutating func encodeNil(forKey key: Key) throws { child(key).content = .value(.null) }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try DocumentEncoder(box: child(key), codingPath: codingPath + [key]).encodeValue(value)
        }

        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
            guard let value else { return }  // absent optionals are left out, as boto3 callers expect
            try encode(value, forKey: key)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            DocumentEncoder(box: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            DocumentEncoder(box: child(key), codingPath: codingPath + [key]).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { DocumentEncoder(box: child(AnyCodingKey("super")), codingPath: codingPath) }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            DocumentEncoder(box: child(key), codingPath: codingPath + [key])
        }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let box: Box
        let codingPath: [any CodingKey]
        var count: Int {
            if case .list(let elements) = box.content { return elements.count }
            return 0
        }

        private func append() -> Box {
            let child = Box()
            if case .list(var elements) = box.content {
                elements.append(child)
                box.content = .list(elements)
            }
            return child
        }

        mutating func encodeNil() throws { append().content = .value(.null) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            let path = codingPath + [AnyCodingKey(intValue: count)]
            try DocumentEncoder(box: append(), codingPath: path).encodeValue(value)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            DocumentEncoder(box: append(), codingPath: codingPath).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            DocumentEncoder(box: append(), codingPath: codingPath).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { DocumentEncoder(box: append(), codingPath: codingPath) }
    }

    struct SingleContainer: SingleValueEncodingContainer {
        let encoder: DocumentEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }

        private func set(_ document: Document) { encoder.box.content = .value(document) }

        mutating func encodeNil() throws { set(.null) }
        mutating func encode(_ value: Bool) throws { set(.bool(value)) }
        mutating func encode(_ value: String) throws { set(.string(value)) }
        mutating func encode(_ value: Double) throws { set(.double(value)) }
        mutating func encode(_ value: Float) throws { set(.double(Double(value))) }
        mutating func encode(_ value: Int) throws { set(.int(value)) }
        mutating func encode(_ value: Int8) throws { set(.int(Int(value))) }
        mutating func encode(_ value: Int16) throws { set(.int(Int(value))) }
        mutating func encode(_ value: Int32) throws { set(.int(Int(value))) }
        mutating func encode(_ value: Int64) throws { set(.int(Int(value))) }
        mutating func encode(_ value: UInt8) throws { set(.int(Int(value))) }
        mutating func encode(_ value: UInt16) throws { set(.int(Int(value))) }
        mutating func encode(_ value: UInt32) throws { set(.int(Int(value))) }
        mutating func encode(_ value: UInt) throws { set(Int(exactly: value).map(Document.int) ?? .double(Double(value))) }
        mutating func encode(_ value: UInt64) throws { set(Int(exactly: value).map(Document.int) ?? .double(Double(value))) }
        mutating func encode<T: Encodable>(_ value: T) throws { try encoder.encodeValue(value) }
    }
}
