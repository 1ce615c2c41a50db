/// A modeled error was asked for by a name the service model does not have.
public struct UnknownErrorNameError: Error, Sendable, CustomStringConvertible {
    /// The service name.
    public let service: String
    /// The name asked for.
    public let name: String
    /// The closest error names, best first.
    public let suggestions: [String]

    /// Creates an error.
    public init(service: String, name: String, suggestions: [String]) {
        self.service = service
        self.name = name
        self.suggestions = suggestions
    }

    /// "'s3' has no modeled error 'NoSuchKeys'. Did you mean: NoSuchKey?"
    public var description: String {
        let hint = suggestions.isEmpty ? "" : ". Did you mean: \(suggestions.joined(separator: ", "))?"
        return "'\(service)' has no modeled error '\(name)'\(hint)"
    }
}
