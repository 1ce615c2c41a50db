/// An `xmlNamespace` trait: a URI and an optional prefix (`xmlns:prefix="uri"`).
public struct XMLNamespace: Sendable, Hashable {
    /// The namespace URI.
    public let uri: String
    /// The prefix, when the namespace is declared as `xmlns:prefix`.
    public let prefix: String?

    /// Creates a namespace.
    public init(uri: String, prefix: String? = nil) {
        self.uri = uri
        self.prefix = prefix
    }
}
