/// A request that cannot be signed.
public struct SigningError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: Sendable, Equatable {
        /// The presigned URL could not be formed from the request's URL.
        case invalidURL
    }

    /// What went wrong.
    public let code: Code
    /// A sentence saying what failed and what to do.
    public let message: String

    /// Creates an error.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
