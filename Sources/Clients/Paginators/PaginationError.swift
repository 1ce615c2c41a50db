/// A paginator could not be created or could not go on, as botocore's `PaginationError` and
/// `OperationNotPageableError`.
///
/// ```swift
/// do { for try await page in try s3.paginator("listObjectsV2").paginate(Bucket: "b") { ... } }
/// catch let error as PaginationError where error.code == .repeatedToken { ... }
/// ```
public struct PaginationError: Error, Sendable, CustomStringConvertible {
    /// The family of failure.
    public enum Code: Sendable, Hashable {
        /// The operation has no paginator (or no such operation exists); `suggestions` lists close names.
        case operationNotPageable
        /// The service answered the same next token twice; going on would loop forever.
        case repeatedToken
        /// `PaginationConfig` has an unknown key or a value of the wrong kind, or `PageSize` was given
        /// for an operation without a page-size parameter.
        case invalidConfig
        /// `StartingToken` is not a token this paginator produced.
        case invalidStartingToken
        /// The paginator's model is invalid (a missing token, a bad JMESPath expression, a result key
        /// that cannot be written back).
        case invalidModel
    }

    /// The family of failure.
    public let code: Code
    /// What went wrong and what to do.
    public let message: String
    /// Close paginator names for `operationNotPageable`, best first.
    public let suggestions: [String]

    /// Creates an error.
    public init(_ code: Code, _ message: String, suggestions: [String] = []) {
        self.code = code
        self.message = message
        self.suggestions = suggestions
    }

    /// The message.
    public var description: String { message }
}
