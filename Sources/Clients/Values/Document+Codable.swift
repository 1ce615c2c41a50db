import Foundation

extension Document {
    /// Decodes a `Decodable` value from this document.
    ///
    /// Maps decode keyed containers, lists unkeyed ones; numbers convert between integer and
    /// floating-point types when exact; `Date` reads `.timestamp` (or epoch seconds / ISO 8601 text);
    /// `Data` reads `.blob` (or base64 text).
    /// ```swift
    /// struct Owner: Decodable { let DisplayName: String; let ID: String }
    /// let owner = try response["Owner"]?.decode(Owner.self)
    /// ```
    public func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try T(from: DocumentDecoder(document: self, codingPath: []))
    }

    /// Encodes an `Encodable` value as a document (structs and dictionaries become maps,
    /// arrays lists, `Date` a timestamp, `Data` a blob, `nil` optionals are left out).
    /// ```swift
    /// struct Tag: Encodable { let Key: String; let Value: String }
    /// let tags = try Document(encoding: [Tag(Key: "env", Value: "prod")])
    /// ```
    public init<T: Encodable>(encoding value: T) throws {
        if let document = value as? Document { self = document; return }
        let storage = DocumentEncoder.Box()
        let encoder = DocumentEncoder(box: storage, codingPath: [])
        try encoder.encodeValue(value)
        self = storage.value
    }
}

extension Document: Codable {
    /// Decodes any JSON-like value: objects become maps, arrays lists, numbers `.int` when integral.
    public init(from decoder: any Decoder) throws {
        if let documentDecoder = decoder as? DocumentDecoder { self = documentDecoder.document; return }
        if var list = try? decoder.unkeyedContainer() {
            var elements: [Document] = []
            while !list.isAtEnd { elements.append(try list.decode(Document.self)) }
            self = .list(elements)
            return
        }
        if let keyed = try? decoder.container(keyedBy: AnyCodingKey.self) {
            var entries: [String: Document] = [:]
            for key in keyed.allKeys { entries[key.stringValue] = try keyed.decode(Document.self, forKey: key) }
            self = .map(entries)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() { self = .null }
        else if let value = try? single.decode(Bool.self) { self = .bool(value) }
        else if let value = try? single.decode(Int.self) { self = .int(value) }
        else if let value = try? single.decode(Double.self) { self = .double(value) }
        else if let value = try? single.decode(String.self) { self = .string(value) }
        else {
            throw DecodingError.dataCorruptedError(in: single, debugDescription: "not a JSON-like value")
        }
    }

    /// Encodes as JSON-like values: blobs as base64 text, timestamps through the encoder's `Date` strategy.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var single = encoder.singleValueContainer()
            try single.encodeNil()
        case .bool(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .int(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .double(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .string(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .blob(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value.base64EncodedString())
        case .timestamp(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .list(let elements):
            var list = encoder.unkeyedContainer()
            for element in elements { try list.encode(element) }
        case .map(let entries):
            var keyed = encoder.container(keyedBy: AnyCodingKey.self)
            for (key, value) in entries { try keyed.encode(value, forKey: AnyCodingKey(key)) }
        }
    }
}

/// A coding key made from any string or index.
struct AnyCodingKey: CodingKey, Hashable {
    var stringValue: String
    var intValue: Int?

    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}
