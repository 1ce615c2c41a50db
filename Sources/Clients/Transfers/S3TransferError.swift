/// An S3 transfer (`uploadFile`, `downloadFile`, `copy`, directories, ...) that could not be made.
///
/// Service errors of single-request steps are `ClientError`s and connection failures
/// `HTTPTransportError`s, as for any call; a failed part of a multipart transfer is wrapped as
/// `.partFailed`, naming the part, with the cause in `underlyingError`.
public struct S3TransferError: Error, Sendable, CustomStringConvertible {
    /// The family of failure.
    public enum Code: Sendable, Hashable {
        /// The client is not an S3 client.
        case unsupportedService
        /// An `ExtraArgs` key the transfer does not pass on (boto3's "Invalid extra_args key").
        case invalidExtraArgument
        /// A `TransferConfig` field is out of range.
        case invalidConfig
        /// `CopySource` is neither `"bucket/key"` nor a map with `Bucket` and `Key`.
        case invalidCopySource
        /// The local file could not be read or written.
        case fileAccess
        /// The download ended before the object's length.
        case incompleteDownload
        /// A part of a multipart upload or copy failed (the upload was aborted unless kept for resuming).
        case partFailed
        /// The downloaded bytes do not match the object's full-object checksum.
        case checksumMismatch
        /// The object changed while it was being downloaded or resumed.
        case objectChanged
        /// A stream handed to `uploadFileobj` or a sink of `downloadFileobj` failed.
        case streamFailed
    }

    /// The family of failure.
    public let code: Code
    /// What went wrong and what to do.
    public let message: String
    /// The part that failed (1-based), for `.partFailed`.
    public let partNumber: Int?
    /// The multipart upload left in place for resuming (`keepPartsOnFailure`), else `nil`.
    public let uploadID: String?
    /// The error that caused this one, when there is one.
    public let underlyingError: (any Error)?

    /// Creates an error.
    public init(_ code: Code, _ message: String, partNumber: Int? = nil, uploadID: String? = nil, underlyingError: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.partNumber = partNumber
        self.uploadID = uploadID
        self.underlyingError = underlyingError
    }

    /// The message.
    public var description: String { message }
}
