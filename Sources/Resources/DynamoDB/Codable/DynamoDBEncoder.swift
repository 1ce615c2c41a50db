import Foundation

/// Encodes `Encodable` values as DynamoDB items and values, for `table.put(_:)` and the batch
/// writer (boto3 has no counterpart: it takes dicts).
///
/// ```swift
/// struct User: Codable { var id: String; var age: Int; var joined: Date; var tags: Set<String> }
/// let item = try DynamoDBEncoder().encodeItem(user)   // ["id": "u1", "age": 41, "joined": "2024-05-17T12:34:56Z", "tags": SS[...]]
/// ```
/// The mapping:
/// - `String` → `S`; `Bool` → `BOOL`; integers → `N`, exact; `Decimal`, `DynamoDBNumber` → `N`, exact.
/// - `Double`, `Float` → `N` written as Swift writes the value (`0.1`, `2.5`, `1e-07`), the
///   shortest text that reads back as the same `Double`, so the property round-trips.
/// - `Data` → `B`; `URL` → `S` (its absolute string); `UUID` and `String` enums → `S`; `Int` enums → `N`.
/// - `Date` → by `dateEncodingStrategy`: ISO 8601 text (default), or epoch seconds or milliseconds as `N`.
/// - `Set<String>` → `SS`, `Set` of a number type → `NS`, `Set<Data>` → `BS`, elements sorted
///   (so requests are reproducible); `DynamoDBSet` as it is. An empty set is left out of its
///   item, since DynamoDB has no empty sets (and decodes back as an empty set).
/// - Arrays → `L`; structs, classes, dictionaries and enums with associated values → `M`.
/// - `nil` optionals are left out (synthesized `Codable` skips them); an explicit `encodeNil` is `NULL`.
/// - `DynamoDBValue` as it is.
public struct DynamoDBEncoder: Sendable {
    /// How `Date`s are written.
    public enum DateEncodingStrategy: Sendable {
        /// ISO 8601 text in UTC, `2024-05-17T12:34:56Z`, with microseconds when the date has a
        /// fraction (`2024-05-17T12:34:56.250000Z`): sorts by time, readable in the console.
        case iso8601
        /// Seconds since 1970 as `N` (`1715949296`, `1715949296.25`).
        case secondsSince1970
        /// Milliseconds since 1970 as `N`, rounded to a whole millisecond.
        case millisecondsSince1970
        /// Your own form.
        case custom(@Sendable (Date) throws -> DynamoDBValue)
    }

    /// How property names become attribute names.
    public enum KeyEncodingStrategy: Sendable {
        /// As declared (`createdAt`).
        case useDefaultKeys
        /// Snake case (`createdAt` → `created_at`, `userID` → `user_id`).
        case convertToSnakeCase
        /// Your own mapping of a property name to an attribute name.
        case custom(@Sendable (String) -> String)
    }

    /// How `Date`s are written; `.iso8601` by default.
    public var dateEncodingStrategy: DateEncodingStrategy
    /// How property names become attribute names; `.useDefaultKeys` by default.
    public var keyEncodingStrategy: KeyEncodingStrategy
    /// Values the encoded types can read from their encoder's `userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable]

    /// An encoder with the given strategies.
    public init(dateEncodingStrategy: DateEncodingStrategy = .iso8601, keyEncodingStrategy: KeyEncodingStrategy = .useDefaultKeys,
                userInfo: [CodingUserInfoKey: any Sendable] = [:]) {
        self.dateEncodingStrategy = dateEncodingStrategy
        self.keyEncodingStrategy = keyEncodingStrategy
        self.userInfo = userInfo
    }

    /// `value` as a DynamoDB value.
    public func encode<T: Encodable>(_ value: T) throws -> DynamoDBValue {
        let node = DynamoDBEncodingNode()
        try DynamoDBEncodingState(options: self, node: node, codingPath: []).encodeValue(value)
        return try node.value(path: [])
    }

    /// `value` as an item: it must encode as a map (a struct, class or string-keyed dictionary).
    public func encodeItem<T: Encodable>(_ value: T) throws -> [String: DynamoDBValue] {
        guard case .map(let item) = try encode(value) else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: [],
                debugDescription: "An item encodes as a map: \(T.self) did not (use a struct, class or [String: ...])."))
        }
        return item
    }

    /// The attribute name for the property `name`.
    func attributeName(_ name: String) -> String {
        switch keyEncodingStrategy {
        case .useDefaultKeys: return name
        case .convertToSnakeCase: return KeyCase.snakeCase(name)
        case .custom(let convert): return convert(name)
        }
    }

    /// `date` in this encoder's date form.
    func encodeDate(_ date: Date) throws -> DynamoDBValue {
        switch dateEncodingStrategy {
        case .iso8601: return .string(TimestampFormat.iso8601.format(date))
        case .secondsSince1970: return .number(try DynamoDBNumber(String(date.timeIntervalSince1970)))
        case .millisecondsSince1970:
            let millis = (date.timeIntervalSince1970 * 1000).rounded()
            guard let whole = Int(exactly: millis) else { return .number(try DynamoDBNumber(String(millis))) }
            return .number(DynamoDBNumber(whole))
        case .custom(let encode): return try encode(date)
        }
    }
}
