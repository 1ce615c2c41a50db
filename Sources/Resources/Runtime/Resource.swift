/// A resource of any service with a resource model, driven by `resources-1.json` at run time
/// (boto3's `ServiceResource`): identifiers, lazily loaded attributes, actions, sub-resources,
/// references, collections and waiters, by name.
///
/// ```swift
/// let s3 = try session.resource("s3", endpointURL: "http://127.0.0.1:5000")
/// let bucket = try s3.subresource("Bucket", "photos")          // or: try s3.bucket["photos"]
/// _ = try await bucket.action("PutObject", ["Key": "a.txt", "Body": .blob(data)])
/// let created = try await bucket.attribute("CreationDate")     // loads once, then cached
/// for try await object in try bucket.collection("Objects").filter(Prefix: "a") { print(object) }
/// ```
/// A resource is a `Sendable` value; copies share its loaded data, and concurrent first reads of
/// an attribute send a single load request.
@dynamicMemberLookup
public struct Resource: ResourceHandle {
    /// Client, service name, identifiers, data and model.
    public let meta: ResourceMeta

    /// The resource itself.
    public var resource: Resource { self }

    /// The resource itself.
    public init(resource: Resource) { self = resource }

    /// A resource of `model`'s type. Every identifier must have a value (boto3: "Required parameter
    /// ... not set"), and only the type's identifiers may be given.
    init(model: ResourceModel, identifiers: [String: Document], data: Document?, client: Client,
         service: ResourceServiceModel) throws {
        for name in identifiers.keys where model.identifier(named: name)?.name != name {
            throw ResourceError(.invalidIdentifiers, "\(model.qualifiedName) has no identifier '\(name)'.",
                                suggestions: ClosestNames.find(name, in: model.identifiers.map(\.name)))
        }
        for identifier in model.identifiers {
            guard let value = identifiers[identifier.name], !value.isNull else {
                throw ResourceError(.invalidIdentifiers,
                                    "Required parameter \(identifier.name) of \(model.qualifiedName) not set: pass a value for each of its identifiers (\(model.identifiers.map(\.name).joined(separator: ", "))).")
            }
        }
        meta = ResourceMeta(client: client, identifiers: identifiers, resourceModel: model, serviceResourceModel: service,
                            state: ResourceState(data: data))
    }

    /// The service resource of `service` (`s3`), calling `client`.
    public init(service: ResourceServiceModel, client: Client) {
        meta = ResourceMeta(client: client, identifiers: [:], resourceModel: service.serviceResource,
                            serviceResourceModel: service, state: ResourceState(data: nil))
    }

    /// A resource of type `type` of the same service and client as this one.
    func make(_ type: String, identifiers: [String: Document], data: Document?) throws -> Resource {
        try Resource(model: try meta.serviceResourceModel.resource(type), identifiers: identifiers, data: data,
                     client: meta.client, service: meta.serviceResourceModel)
    }

    /// The value of the identifier `name` (model, Swift or Python name), `nil` if there is none.
    public func identifier(_ name: String) -> Document? {
        guard let identifier = meta.resourceModel.identifier(named: name) else { return nil }
        return meta.identifiers[identifier.name]
    }
}
