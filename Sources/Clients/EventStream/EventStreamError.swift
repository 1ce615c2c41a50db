/// An event stream that cannot be read: a damaged or truncated message, or a stream that does not
/// start as its protocol requires. A service's own error on the stream is a `ClientError` instead
/// (a modeled exception event, with its code and fields, or an `error` message with
/// `:error-code`), as botocore raises its `EventStreamError` (a `ClientError`).
///
/// ```swift
/// do { for try await event in stream.events { ... } }
/// catch let error as EventStreamError where error.code == .truncated { /* the connection broke */ }
/// ```
public struct EventStreamError: Error, Sendable, CustomStringConvertible {
    /// The family of problem.
    public enum Code: Sendable, Hashable {
        /// The prelude's CRC-32 does not match its 8 bytes.
        case preludeChecksumMismatch
        /// The message's CRC-32 does not match its bytes.
        case messageChecksumMismatch
        /// The prelude gives impossible lengths (shorter than a message can be, or above the
        /// limits: 128 KiB of headers, 16 MiB of payload).
        case invalidLength
        /// A header is cut short, has an unknown type, invalid UTF-8 text, or repeats a name.
        case invalidHeader
        /// The body ended in the middle of a message: the connection was cut.
        case truncated
        /// A json or CBOR stream whose first message is not `initial-response`.
        case missingInitialResponse
        /// A message of a type that is neither `event`, `exception` nor `error`.
        case unknownMessageType
    }

    /// The family of problem.
    public let code: Code
    /// What went wrong.
    public let message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
