/// A waiter stopped without reaching its success state, as botocore's `WaiterError`, or could not
/// be created.
///
/// ```swift
/// do { try await s3.waiter("objectExists").wait(Bucket: "b", Key: "k", WaiterConfig: ["MaxAttempts": 3]) }
/// catch let error as WaiterError where error.code == .maxAttemptsExceeded {
///     print(error)                 // Waiter ObjectExists failed: Max attempts exceeded
///     error.lastResponse           // the last response (or the error's response)
/// }
/// ```
public struct WaiterError: Error, Sendable, CustomStringConvertible {
    /// The family of failure.
    public enum Code: Sendable, Hashable {
        /// The waiter ran out of attempts (`MaxAttempts`) before a success or failure state.
        case maxAttemptsExceeded
        /// An acceptor with the `failure` state matched: the resource will not reach the wanted state.
        case failureState
        /// The operation failed with an error that no acceptor expects; `clientError` has it.
        case unexpectedError
        /// The client has no waiter of that name; `suggestions` lists close ones.
        case unknownWaiter
        /// `WaiterConfig` or the waiter's model is invalid.
        case invalidConfig
    }

    /// The family of failure.
    public let code: Code
    /// The waiter's name as the model spells it (`BucketExists`), or the name asked for.
    public let waiterName: String
    /// Why it stopped, in botocore's words (`Max attempts exceeded`).
    public let reason: String
    /// The last response: the operation's output, or a service error's `response`.
    public let lastResponse: Document?
    /// The service error behind `unexpectedError` (and behind a last response that was an error).
    public let clientError: ClientError?
    /// Close waiter names for `unknownWaiter`, best first.
    public let suggestions: [String]

    /// Creates an error.
    public init(_ code: Code, waiterName: String, reason: String, lastResponse: Document? = nil, clientError: ClientError? = nil,
                suggestions: [String] = []) {
        self.code = code
        self.waiterName = waiterName
        self.reason = reason
        self.lastResponse = lastResponse
        self.clientError = clientError
        self.suggestions = suggestions
    }

    /// botocore's wording: "Waiter BucketExists failed: Max attempts exceeded".
    public var description: String {
        switch code {
        case .unknownWaiter, .invalidConfig: return reason
        case .maxAttemptsExceeded, .failureState, .unexpectedError: return "Waiter \(waiterName) failed: \(reason)"
        }
    }
}
