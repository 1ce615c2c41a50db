/// Endpoint resolution failed: the rule set raised an error, no rule matched, or a parameter
/// or rule set is unusable.
///
/// `message` is the rule set's own wording for `.ruleSetError` (for example
/// `"Invalid region: region was not a valid DNS name."`), as botocore reports it.
public struct EndpointResolutionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Code: Sendable, Hashable {
        /// An `error` rule of the rule set matched; the message is the rule's.
        case ruleSetError
        /// No rule matched the parameters.
        case noEndpointFound
        /// A required parameter has no value and no default.
        case missingRequiredParameter
        /// A parameter value has the wrong type for its declaration.
        case invalidParameterType
        /// A rule-set function was called with unusable arguments, or a template names an unset value.
        case invalidFunctionArguments
        /// The rule set or partitions document is malformed.
        case invalidRuleSet
        /// A parameter declares a `builtIn` this SDK does not know.
        case unknownBuiltIn
    }

    /// What kind of failure this is.
    public let code: Code
    /// What went wrong (for `.ruleSetError`, exactly the rule set's message).
    public let message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
