import Foundation

extension DynamoDBValue: Codable {
    /// Itself through `DynamoDBDecoder`; from other decoders (JSON), any JSON-like value:
    /// numbers exact through `Decimal`, arrays as `.list`, objects as `.map`.
    public init(from decoder: any Decoder) throws {
        if let state = decoder as? DynamoDBDecodingState {
            self = state.value
            return
        }
        if var list = try? decoder.unkeyedContainer() {
            var elements: [DynamoDBValue] = []
            while !list.isAtEnd { elements.append(try list.decode(DynamoDBValue.self)) }
            self = .list(elements)
            return
        }
        if let keyed = try? decoder.container(keyedBy: DynamoDBCodingKey.self) {
            var entries: [String: DynamoDBValue] = [:]
            for key in keyed.allKeys { entries[key.stringValue] = try keyed.decode(DynamoDBValue.self, forKey: key) }
            self = .map(entries)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let flag = try? single.decode(Bool.self) {
            self = .bool(flag)
        } else if let text = try? single.decode(String.self) {
            self = .string(text)
        } else {
            self = .number(try DynamoDBNumber(from: decoder))
        }
    }

    /// Itself through `DynamoDBEncoder`; to other encoders (JSON), JSON-like values: numbers as
    /// `Decimal` (exact), binary as `Data`, sets as arrays.
    public func encode(to encoder: any Encoder) throws {
        if let state = encoder as? DynamoDBEncodingState {
            state.node.content = .value(self)
            return
        }
        switch self {
        case .null:
            var single = encoder.singleValueContainer()
            try single.encodeNil()
        case .bool(let flag):
            var single = encoder.singleValueContainer()
            try single.encode(flag)
        case .string(let text):
            var single = encoder.singleValueContainer()
            try single.encode(text)
        case .number(let number):
            try number.encode(to: encoder)
        case .binary(let data):
            var single = encoder.singleValueContainer()
            try single.encode(data)
        case .list(let elements):
            var list = encoder.unkeyedContainer()
            for element in elements { try list.encode(element) }
        case .map(let entries):
            var keyed = encoder.container(keyedBy: DynamoDBCodingKey.self)
            for (key, value) in entries { try keyed.encode(value, forKey: DynamoDBCodingKey(key)) }
        case .stringSet(let set):
            try set.encode(to: encoder)
        case .numberSet(let set):
            try set.encode(to: encoder)
        case .binarySet(let set):
            try set.encode(to: encoder)
        }
    }
}
