/// The resource (or resources) an action, collection or relation produces (boto3's `ResponseResource`).
public struct ResponseResource: Sendable, Hashable {
    /// The resource type name (`Object`).
    public let type: String
    /// How each identifier of the new resource is found.
    public let identifiers: [ResourceParameter]
    /// Where the new resource's data is in the response (`Contents[]`), if anywhere.
    public let path: JMESPathExpression?

    /// Creates a response resource.
    public init(type: String, identifiers: [ResourceParameter], path: JMESPathExpression?) {
        self.type = type
        self.identifiers = identifiers
        self.path = path
    }

    /// Whether the model makes a list of resources: a path or identifier path with a projection (`[]`).
    /// Used to pick a return type statically; at run time the response decides, as in boto3.
    public var isPlural: Bool {
        if let path, path.expression.contains("[]") { return true }
        return identifiers.contains { $0.path?.expression.contains("[]") ?? false }
    }
}
