/// An S3 file transfer (`uploadFile`, `downloadFile`) that could not be made; service errors are
/// `ClientError`s and connection failures `HTTPTransportError`s as for any call.
public struct S3TransferError: Error, Sendable, CustomStringConvertible {
    /// The family of failure.
    public enum Code: Sendable, Hashable {
        /// The client is not an S3 client.
        case unsupportedService
        /// An `ExtraArgs` key the transfer does not pass on (boto3's "Invalid extra_args key").
        case invalidExtraArgument
        /// The local file could not be read or written.
        case fileAccess
        /// The download ended before the object's length.
        case incompleteDownload
    }

    /// The family of failure.
    public let code: Code
    /// What went wrong and what to do.
    public let message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
