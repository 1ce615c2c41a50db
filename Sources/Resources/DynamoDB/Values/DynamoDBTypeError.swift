/// A value that cannot become a DynamoDB attribute value, or a wire value that is not one: what
/// boto3's `TypeSerializer` and `TypeDeserializer` raise (`TypeError`, and Python's decimal
/// signals for numbers DynamoDB cannot hold exactly).
public struct DynamoDBTypeError: Error, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public enum Code: Sendable, Hashable {
        /// A number with more significant digits than DynamoDB's 38 (`decimal.Inexact`); also a
        /// `Double` whose exact binary value is not a short decimal (boto3 refuses floats).
        case inexact
        /// More than 38 digits, the extra ones zeros (`decimal.Rounded`): write it with an exponent.
        case rounded
        /// Larger in magnitude than DynamoDB allows (`decimal.Overflow`).
        case overflow
        /// Smaller in magnitude than DynamoDB allows (`decimal.Underflow`).
        case underflow
        /// A zero whose exponent is out of range (`decimal.Clamped`).
        case clamped
        /// Infinity or NaN ("Infinity and NaN not supported").
        case infinityOrNaN
        /// Text that is not a number.
        case notANumber
        /// An empty set: DynamoDB has none.
        case emptySet
        /// A value with no DynamoDB type ("Unsupported type"): a set outside an attribute value, a `Date`, ...
        case unsupportedType
        /// A wire value that is not a DynamoDB attribute value (`{"S": ...}`, `{"N": ...}`, ...).
        case invalidAttributeValue
    }

    /// What kind of problem this is.
    public let code: Code
    /// A sentence saying what is wrong and what to do.
    public let message: String
    /// Where in the value the problem is (`Item.address.zip`, `Item.scores[2]`); empty when the
    /// value itself is the problem.
    public let path: String

    /// Creates an error.
    public init(_ code: Code, _ message: String, path: String = "") {
        self.code = code
        self.message = message
        self.path = path
    }

    /// The message, after the path when there is one.
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }

    /// The same error one level further out: `key` (a map key or `[index]`) goes in front of the path.
    func inside(_ key: String) -> DynamoDBTypeError {
        let joined = path.isEmpty ? key : (path.hasPrefix("[") ? key + path : key + "." + path)
        return DynamoDBTypeError(code, message, path: joined)
    }
}
