/// One resource type of a service (or the service resource itself), as pure data read from
/// `resources-1.json`: identifiers, shape, load, actions, batch actions, sub-resources, references,
/// collections, waiters and attributes, each with its resolved Swift and Python names.
///
/// ```swift
/// let model = try ResourceServiceModel.load("s3").resource("Bucket")
/// model.identifiers.map(\.swiftName)   // ["name"]
/// model.actions.map(\.swiftName)       // ["create", "delete", ..., "putObject"]
/// ```
public struct ResourceModel: Sendable {
    /// The resource type name (`Bucket`), or the service name for the service resource.
    public let name: String
    /// The service this resource belongs to (`s3`).
    public let serviceName: String
    /// Whether this is the service resource (`s3` itself) rather than a resource type.
    public let isServiceResource: Bool
    /// The shape whose members are the attributes, if the model names one.
    public let shape: Shape?
    /// The identifiers, in model order.
    public let identifiers: [ResourceIdentifier]
    /// How the data is loaded, if it can be.
    public let load: ResourceLoad?
    /// The actions, in model order.
    public let actions: [ResourceAction]
    /// The batch actions a collection of this resource offers.
    public let batchActions: [ResourceAction]
    /// Sub-resources: related resources built without a request.
    public let subresources: [ResourceRelation]
    /// References: related resources built from the data.
    public let references: [ResourceRelation]
    /// The collections.
    public let collections: [ResourceCollectionModel]
    /// The waiters.
    public let waiters: [ResourceWaiterModel]
    /// The attributes: shape members that are not identifiers.
    public let attributes: [ResourceAttribute]

    let index: [String: Member]

    /// A member found by name, for dynamic access.
    public enum Member: Sendable, Hashable {
        /// `identifiers[i]`.
        case identifier(Int)
        /// `attributes[i]`.
        case attribute(Int)
        /// `actions[i]`.
        case action(Int)
        /// `subresources[i]`.
        case subresource(Int)
        /// `references[i]`.
        case reference(Int)
        /// `collections[i]`.
        case collection(Int)
        /// `waiters[i]`.
        case waiter(Int)
        /// `load()`.
        case load
        /// `reload()`.
        case reload
    }

    init(name: String, serviceName: String, isServiceResource: Bool, shape: Shape?, identifiers: [ResourceIdentifier],
         load: ResourceLoad?, actions: [ResourceAction], batchActions: [ResourceAction], subresources: [ResourceRelation],
         references: [ResourceRelation], collections: [ResourceCollectionModel], waiters: [ResourceWaiterModel],
         attributes: [ResourceAttribute]) {
        self.name = name
        self.serviceName = serviceName
        self.isServiceResource = isServiceResource
        self.shape = shape
        self.identifiers = identifiers
        self.load = load
        self.actions = actions
        self.batchActions = batchActions
        self.subresources = subresources
        self.references = references
        self.collections = collections
        self.waiters = waiters
        self.attributes = attributes
        index = Self.buildIndex(identifiers: identifiers, attributes: attributes, actions: actions, subresources: subresources,
                                references: references, collections: collections, waiters: waiters, hasLoad: load != nil)
    }

    /// The type name boto3 prints (`s3.Bucket`, `s3.ServiceResource`).
    public var qualifiedName: String {
        "\(serviceName).\(isServiceResource ? "ServiceResource" : name)"
    }
}
