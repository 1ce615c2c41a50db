/// A stubbed call that did not go as the `Stubber` was told: an unexpected operation or
/// parameter, a call with no stub left, a stub that does not fit the model, or stubs never used.
///
/// Its description says what was expected and what came, in botocore's words:
/// `Error getting response stub for operation ListObjectsV2: Expected parameters: ... but received: ...`.
public struct StubError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: Sendable, Hashable {
        /// A call came with no stub queued (botocore's `UnStubbedResponseError`).
        case unexpectedCall
        /// The next stub is for another operation (`StubResponseError`: "Operation mismatch").
        case operationMismatch
        /// The call's parameters differ from the stub's expected ones (`StubAssertionError`).
        case parameterMismatch
        /// The stubbed response does not fit the operation's output shape, or the error shape of
        /// its code (botocore's `ParamValidationError` from `add_response`).
        case invalidResponse
        /// The stub names an operation the client does not have (botocore's `ValueError`).
        case unknownOperation
        /// `assertNoPendingResponses()` found stubs that were never used.
        case pendingResponses
    }

    /// What went wrong.
    public let code: Code
    /// The API name of the operation called (or stubbed).
    public let operation: String
    /// What the stubber expected (an operation name, parameters), when it matters.
    public let expected: String?
    /// What came instead, when it matters.
    public let received: String?
    /// The explanation.
    public let reason: String

    /// Creates an error.
    public init(_ code: Code, operation: String, reason: String, expected: String? = nil, received: String? = nil) {
        self.code = code
        self.operation = operation
        self.reason = reason
        self.expected = expected
        self.received = received
    }

    /// botocore's wording: "Error getting response stub for operation <name>: <reason>".
    public var description: String {
        switch code {
        case .pendingResponses, .invalidResponse, .unknownOperation: return reason
        default: return "Error getting response stub for operation \(operation): \(reason)"
        }
    }
}
