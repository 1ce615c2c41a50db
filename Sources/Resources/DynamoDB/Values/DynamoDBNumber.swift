/// An exact DynamoDB number: up to 38 significant digits, kept as decimal text, never passed
/// through a binary `Double` (boto3 uses Python's `Decimal` for the same reason).
///
/// The text is what boto3 sends for the same `Decimal`: Python's `str(Decimal(...))`, so
/// `DynamoDBNumber("1.50")` stays `1.50`, `"1e2"` becomes `1E+2` and `"-0"` stays `-0`.
/// Equality, hashing and ordering are numeric, as `Decimal`'s are (`1.50 == 1.5`, `-0 == 0`).
///
/// ```swift
/// let price = try DynamoDBNumber("19.99")
/// let big = try DynamoDBNumber("12345678901234567890123456789012345678")   // 38 digits: exact
/// price.int            // nil: not a whole number
/// price.decimal        // Foundation.Decimal 19.99, exact
/// let n: DynamoDBNumber = 42
/// ```
/// Creating one checks DynamoDB's limits as boto3's `DYNAMODB_CONTEXT` does (38 digits,
/// exponents from -130 to +125): an invalid number throws `DynamoDBTypeError` when it is made,
/// so a `DynamoDBNumber` that exists always serializes.
public struct DynamoDBNumber: Sendable {
    /// The number as Python writes the same `Decimal` (`str(value)`): the `N` text sent on the wire.
    public let text: String

    /// A number whose `text` is already canonical and within DynamoDB's limits.
    init(canonical text: String) {
        self.text = text
    }

    /// The number `text` in Python's decimal syntax (`12`, `-1.5`, `.5`, `1e-7`, `1E+40`).
    ///
    /// Throws `DynamoDBTypeError`: `.notANumber` for other text, `.infinityOrNaN` for `Infinity` and
    /// `NaN`, and `.inexact`, `.rounded`, `.overflow`, `.underflow` or `.clamped` for a number
    /// DynamoDB cannot hold exactly, as boto3 raises Python's decimal signals.
    public init(_ text: String) throws {
        self.text = try DecimalText.canonical(text)
    }

    /// The integer `value`, exactly.
    public init(_ value: Int) {
        text = String(value)
    }

    /// Any integer `value`; throws `DynamoDBTypeError` (`.rounded` or `.inexact`) past 38 digits.
    public init<T: BinaryInteger>(_ value: T) throws {
        if let small = Int(exactly: value) {
            self.init(small)
        } else {
            try self.init(String(value))
        }
    }

    /// The parts of the number (sign, significant digits, exponent).
    var parts: DecimalText.Parts {
        // The text is canonical, so it always parses.
        (try? DecimalText.parse(text)) ?? DecimalText.Parts(isNegative: false, digits: [UInt8(ascii: "0")], exponent: 0)
    }

    /// Whether this is zero (positive or negative).
    public var isZero: Bool { parts.isZero }

    /// Whether the number is below zero (`-0` is not).
    public var isNegative: Bool {
        let parts = parts
        return parts.isNegative && !parts.isZero
    }
}

extension DynamoDBNumber: CustomStringConvertible {
    /// The number's text (`text`).
    public var description: String { text }
}

extension DynamoDBNumber: ExpressibleByIntegerLiteral {
    /// The integer literal, exactly.
    public init(integerLiteral value: Int) {
        self.init(value)
    }
}

extension DynamoDBNumber: Hashable, Comparable {
    /// Numeric equality, as Python's `Decimal`: `1.50 == 1.5`, `-0 == 0`.
    public static func == (lhs: DynamoDBNumber, rhs: DynamoDBNumber) -> Bool {
        lhs.text == rhs.text || lhs.parts.normalized == rhs.parts.normalized
    }

    /// Hashes the numeric value, so equal numbers hash alike whatever their text.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(parts.normalized)
    }

    /// Numeric order.
    public static func < (lhs: DynamoDBNumber, rhs: DynamoDBNumber) -> Bool {
        lhs.parts.normalized.isLess(than: rhs.parts.normalized)
    }
}
