/// A call named an operation the service does not have.
public struct UnknownOperationError: Error, Sendable, CustomStringConvertible {
    /// The service name.
    public let service: String
    /// The name as called.
    public let name: String
    /// The closest operation names, best first.
    public let suggestions: [String]

    /// Creates an error.
    public init(service: String, name: String, suggestions: [String]) {
        self.service = service
        self.name = name
        self.suggestions = suggestions
    }

    /// "'s3' has no operation 'putObjekt'. Did you mean: putObject, putObjectAcl?"
    public var description: String {
        let hint = suggestions.isEmpty ? "" : ". Did you mean: \(suggestions.joined(separator: ", "))?"
        return "'\(service)' client has no operation '\(name)'\(hint)"
    }
}
