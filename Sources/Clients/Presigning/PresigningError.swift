/// A presigned URL or POST that cannot be made.
public struct PresigningError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: Sendable, Equatable {
        /// Signing needs credentials that are not known yet (they come from a source that must be
        /// awaited, such as STS, a container or instance metadata, and none has been fetched).
        case credentialsNotResolved
        /// The operation cannot be presigned by this client (a presigned POST on a non-S3 client).
        case unsupportedOperation
    }

    /// What went wrong.
    public let code: Code
    /// A sentence saying what failed and what to do.
    public let message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
