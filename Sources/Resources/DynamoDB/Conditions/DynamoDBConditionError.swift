/// A condition used where DynamoDB does not accept it: what boto3's `DynamoDBNeedsKeyConditionError`
/// and `DynamoDBNeedsConditionError` report.
public struct DynamoDBConditionError: Error, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public enum Code: Sendable, Hashable {
        /// An `Attr` in a `KeyConditionExpression`, which takes only `Key`s
        /// (boto3's `DynamoDBNeedsKeyConditionError`).
        case needsKeyCondition
        /// A `KeyConditionExpression` given as something other than a condition or an expression
        /// string (boto3's `DynamoDBNeedsConditionError`).
        case needsCondition
    }

    /// What kind of problem this is.
    public let code: Code
    /// A sentence saying what is wrong and what to do.
    public let message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
