import Foundation

/// The `Decoder` behind `DynamoDBDecoder`: one per value being decoded.
struct DynamoDBDecodingState: Decoder {
    let options: DynamoDBDecoder
    let value: DynamoDBValue
    let codingPath: [any CodingKey]

    var userInfo: [CodingUserInfoKey: Any] { options.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .map(let entries) = value else { throw mismatch("a map (M)") }
        return KeyedDecodingContainer(DynamoDBKeyedDecodingContainer<Key>(state: self, entries: entries))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        DynamoDBUnkeyedDecodingContainer(state: self, elements: try elements())
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        DynamoDBSingleValueDecodingContainer(state: self)
    }

    /// The elements of a list or set, each as a plain value.
    func elements() throws -> [DynamoDBValue] {
        switch value {
        case .list(let elements): return elements
        case .stringSet(let set): return set.elements.map(DynamoDBValue.string)
        case .numberSet(let set): return set.elements.map(DynamoDBValue.number)
        case .binarySet(let set): return set.elements.map(DynamoDBValue.binary)
        default: throw mismatch("a list (L) or a set (SS, NS, BS)")
        }
    }

    /// The state for `value` at `key`.
    func child(_ value: DynamoDBValue, key: any CodingKey) -> DynamoDBDecodingState {
        DynamoDBDecodingState(options: options, value: value, codingPath: codingPath + [key])
    }

    /// A `T` from this value, with the special cases of the mapping (see `DynamoDBEncoder`).
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if let plain = value as? T { return plain }
        if T.self == DynamoDBNumber.self {
            guard case .number(let number) = value, let result = number as? T else { throw mismatch("a number (N)") }
            return result
        }
        if T.self == Date.self {
            guard let date = try options.decodeDate(value), let result = date as? T else { throw mismatch("a date in the decoder's date form") }
            return result
        }
        if T.self == Data.self {
            guard case .binary(let data) = value, let result = data as? T else { throw mismatch("binary (B)") }
            return result
        }
        if T.self == URL.self {
            guard case .string(let text) = value, let url = URL(string: text), let result = url as? T else { throw mismatch("a URL string (S)") }
            return result
        }
        if T.self == Decimal.self {
            guard case .number(let number) = value else { throw mismatch("a number (N)") }
            guard let decimal = number.decimal, let result = decimal as? T else {
                throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: codingPath,
                    debugDescription: "\(number) is outside Decimal's range: decode it as DynamoDBNumber."))
            }
            return result
        }
        return try T(from: self)
    }

    /// The number this value holds.
    func number() throws -> DynamoDBNumber {
        guard case .number(let number) = value else { throw mismatch("a number (N)") }
        return number
    }

    /// An integer type from a whole number that fits it.
    func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let number = try number()
        if let int = number.int, let result = T(exactly: int) { return result }
        if let result = T(number.text) { return result }
        throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: codingPath,
            debugDescription: "\(number) is not a \(T.self) (a whole number in its range): decode it as Double, Decimal or DynamoDBNumber."))
    }

    /// A `Double` from a number a `Double` holds without rounding.
    func double() throws -> Double {
        let number = try number()
        guard let result = number.double else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: codingPath,
                debugDescription: "\(number) has more digits than a Double keeps: decode it as Decimal or DynamoDBNumber to keep them."))
        }
        return result
    }

    /// A `Float` from a number a `Float` holds without rounding.
    func float() throws -> Float {
        let number = try number()
        guard let result = Float(number.text), result.isFinite, (try? DynamoDBNumber(String(result))) == number else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: codingPath,
                debugDescription: "\(number) has more digits than a Float keeps: decode it as Double, Decimal or DynamoDBNumber."))
        }
        return result
    }

    func bool() throws -> Bool {
        guard case .bool(let flag) = value else { throw mismatch("a boolean (BOOL)") }
        return flag
    }

    func string() throws -> String {
        guard case .string(let text) = value else { throw mismatch("a string (S)") }
        return text
    }

    /// The error for a value of another kind than `expected`.
    func mismatch(_ expected: String) -> DecodingError {
        DecodingError.typeMismatch(Any.self, DecodingError.Context(codingPath: codingPath,
            debugDescription: "Expected \(expected), found \(value)."))
    }
}
