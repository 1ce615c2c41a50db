/// A resource used in a way its model does not allow: an unknown member, a missing identifier,
/// attributes of a resource that cannot load, ...
public struct ResourceError: Error, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public enum Code: Sendable, Hashable {
        /// No resource type of that name in the service's resource model.
        case unknownResourceType
        /// No member (identifier, attribute, action, ...) of that name.
        case unknownMember
        /// A member used as another kind (calling an attribute, reading an action).
        case wrongMemberKind
        /// An identifier has no value, or too many values were given.
        case invalidIdentifiers
        /// The resource has no data and no way to load it (boto3's `ResourceLoadException`).
        case cannotLoad
        /// The model asks for something this SDK does not do (a parameter source in the wrong place).
        case unsupported
    }

    /// What kind of problem this is.
    public let code: Code
    /// A sentence saying what is wrong and what to do.
    public let message: String
    /// Close valid names, for a misspelling.
    public let suggestions: [String]

    /// Creates an error.
    public init(_ code: Code, _ message: String, suggestions: [String] = []) {
        self.code = code
        self.message = message
        self.suggestions = suggestions
    }

    /// The message, with the suggestions.
    public var description: String {
        suggestions.isEmpty ? message : "\(message) Did you mean: \(suggestions.joined(separator: ", "))?"
    }
}
