/// A request that cannot be signed.
public struct SigningError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: Sendable, Equatable {
        /// The presigned URL could not be formed from the request's URL.
        case invalidURL
        /// The operation, endpoint or configuration asks for an auth scheme this SDK cannot sign
        /// with (S3 Express sessions, an unknown scheme, bearer or SigV2 presigning).
        case unsupportedAuth
        /// Bearer auth was chosen and no token provider had a token (botocore's `NoAuthTokenError`).
        case noAuthToken
        /// No SigV4a key could be derived from the credentials (every candidate of the key
        /// derivation fell out of range: practically never).
        case keyDerivationFailed
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
