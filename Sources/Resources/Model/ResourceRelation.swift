/// A `has` relation: a sub-resource (built from identifiers, no request) or a reference (built from
/// the resource's data, loading it when needed).
public struct ResourceRelation: Sendable, Hashable {
    /// Which kind of relation this is.
    public enum Kind: String, Sendable, Hashable {
        /// Every identifier comes from the parent's identifiers or the caller (`bucket.object("k")`).
        case subresource
        /// Some identifier comes from the parent's data (`instance.vpc`); absent data gives `nil`.
        case reference
    }

    /// The name in the model (`Object`).
    public let name: String
    /// The Swift member name (`object`).
    public let swiftName: String
    /// boto3's name (`Object` for sub-resources, snake case for references).
    public let pythonName: String
    /// Sub-resource or reference.
    public let kind: Kind
    /// The related resource and where its identifiers come from.
    public let resource: ResponseResource

    /// Creates a relation.
    public init(name: String, swiftName: String, pythonName: String, kind: Kind, resource: ResponseResource) {
        self.name = name
        self.swiftName = swiftName
        self.pythonName = pythonName
        self.kind = kind
        self.resource = resource
    }

    /// The identifiers the caller passes, in order (those whose source is `input`).
    public var inputIdentifiers: [String] {
        resource.identifiers.filter { $0.source == .input }.map(\.target.text)
    }
}
