/// A failure to resolve an endpoint for a request: the rule set rejected the parameters, or the
/// configured endpoint URL is invalid.
public struct EndpointError: Error, Sendable, CustomStringConvertible {
    /// The family of failure.
    public enum Code: Sendable, Hashable {
        /// The endpoint rule set ended in an error rule (its message says why).
        case ruleSetError
        /// The endpoint URL could not be parsed.
        case invalidEndpointURL
        /// No region was configured and the service needs one.
        case noRegion
        /// A partition name that `endpoints.json` does not define.
        case unknownPartition
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
