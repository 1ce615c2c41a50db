import Foundation

/// Decodes `Decodable` values from DynamoDB items and values, for `table.get(_:key:)`,
/// `table.query(_:...)` and `table.scan(_:...)`: the mapping of `DynamoDBEncoder`, read back.
///
/// ```swift
/// let user = try DynamoDBDecoder().decode(User.self, from: item)
/// ```
/// Numbers decode into a Swift number type only when it holds the number as stored: an `Int`
/// property refuses `1.5`, a `Double` property refuses a number with more digits than a `Double`
/// keeps (decode those as `Decimal` or `DynamoDBNumber`); nothing is rounded silently. A missing
/// attribute decodes as an empty set for a non-optional `Set` or `DynamoDBSet` property (the
/// encoder leaves empty sets out), and as `nil` for an optional.
public struct DynamoDBDecoder: Sendable {
    /// How `Date`s are read.
    public enum DateDecodingStrategy: Sendable {
        /// ISO 8601 text, with or without a fraction and offset (`2024-05-17T12:34:56Z`).
        case iso8601
        /// Seconds since 1970 as a number.
        case secondsSince1970
        /// Milliseconds since 1970 as a number.
        case millisecondsSince1970
        /// Your own form.
        case custom(@Sendable (DynamoDBValue) throws -> Date)
    }

    /// How attribute names become property names.
    public enum KeyDecodingStrategy: Sendable {
        /// As stored.
        case useDefaultKeys
        /// From snake case (`created_at` → `createdAt`).
        case convertFromSnakeCase
        /// Your own mapping of an attribute name to a property name.
        case custom(@Sendable (String) -> String)
    }

    /// How `Date`s are read; `.iso8601` by default.
    public var dateDecodingStrategy: DateDecodingStrategy
    /// How attribute names become property names; `.useDefaultKeys` by default.
    public var keyDecodingStrategy: KeyDecodingStrategy
    /// Values the decoded types can read from their decoder's `userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable]

    /// A decoder with the given strategies.
    public init(dateDecodingStrategy: DateDecodingStrategy = .iso8601, keyDecodingStrategy: KeyDecodingStrategy = .useDefaultKeys,
                userInfo: [CodingUserInfoKey: any Sendable] = [:]) {
        self.dateDecodingStrategy = dateDecodingStrategy
        self.keyDecodingStrategy = keyDecodingStrategy
        self.userInfo = userInfo
    }

    /// A `T` from `value`.
    public func decode<T: Decodable>(_ type: T.Type, from value: DynamoDBValue) throws -> T {
        try DynamoDBDecodingState(options: self, value: value, codingPath: []).decodeValue(T.self)
    }

    /// A `T` from an item.
    public func decode<T: Decodable>(_ type: T.Type, from item: [String: DynamoDBValue]) throws -> T {
        try decode(type, from: .map(item))
    }

    /// The property name for the attribute `name`.
    func propertyName(_ name: String) -> String {
        switch keyDecodingStrategy {
        case .useDefaultKeys: return name
        case .convertFromSnakeCase: return KeyCase.camelCase(name)
        case .custom(let convert): return convert(name)
        }
    }

    /// The date `value` holds in this decoder's date form; `nil` when it holds none.
    func decodeDate(_ value: DynamoDBValue) throws -> Date? {
        switch dateDecodingStrategy {
        case .iso8601: return value.string.flatMap(TimestampFormat.parse)
        case .secondsSince1970: return value.number.map { Date(timeIntervalSince1970: $0.approximateDouble) }
        case .millisecondsSince1970: return value.number.map { Date(timeIntervalSince1970: $0.approximateDouble / 1000) }
        case .custom(let decode): return try decode(value)
        }
    }
}
