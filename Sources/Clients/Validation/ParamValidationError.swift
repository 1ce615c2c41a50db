/// Parameters that do not match the operation's input shape. Lists every problem at once,
/// each with its path (`Tagging.TagSet[0].Key`), as botocore's `ParamValidationError`.
public struct ParamValidationError: Error, Sendable, CustomStringConvertible {
    /// One problem with one parameter.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// The kind of problem.
        public enum Kind: Sendable, Hashable {
            /// A required member is missing.
            case missingRequired
            /// A member the shape does not have.
            case unknownMember
            /// A value of the wrong type.
            case invalidType
            /// A number below the model's `min`.
            case invalidRange
            /// A string, list or map shorter than the model's `min`.
            case invalidLength
            /// A tagged union with zero or several members set.
            case invalidUnion
            /// A positional (unlabeled) argument to a keyword-only call.
            case positionalArgument
            /// A value the service customizations reject before sending (an invalid S3 bucket name,
            /// non-ASCII S3 metadata, an unsupported checksum algorithm).
            case invalidValue
        }

        /// The kind of problem.
        public let kind: Kind
        /// Where the problem is (`input` for the top level, `Tagging.TagSet[0].Key` deeper down).
        public let path: String
        /// The sentence describing the problem and what is allowed.
        public let message: String

        /// The message.
        public var description: String { message }
    }

    /// Every problem found, in the order the parameters were checked.
    public let problems: [Problem]

    /// Creates an error from its problems.
    public init(problems: [Problem]) {
        self.problems = problems
    }

    /// "Parameter validation failed:" followed by one line per problem, as botocore reports it.
    public var description: String {
        "Parameter validation failed:\n" + problems.map(\.message).joined(separator: "\n")
    }
}
