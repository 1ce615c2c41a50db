import Synchronization

/// A service's whole resource model (`resources-1.json`): the service resource and every resource
/// type, each built on first use and kept.
///
/// ```swift
/// let s3 = try ResourceServiceModel.load("s3")
/// let bucket = try s3.resource("Bucket")
/// s3.resourceNames            // ["Bucket", "BucketAcl", ...]
/// ```
public final class ResourceServiceModel: Sendable {
    /// The service name (`s3`).
    public let serviceName: String
    /// The botocore service model the shapes come from.
    public let serviceModel: ServiceModel
    /// The resource type names, in model order.
    public let resourceNames: [String]
    /// The service resource.
    public let serviceResource: ResourceModel

    private let builder: ResourceModelBuilder
    private let built = Mutex<[String: ResourceModel]>([:])

    /// Reads a resource model (the `resources-1.json` document) against its service model. A `Document`
    /// map has no order, so members are taken in sorted order; the loader keeps the file's order.
    /// Throws `ModelError` with the JSON path of anything malformed.
    public convenience init(serviceName: String, definition: Document, serviceModel: ServiceModel) throws(ModelError) {
        try self.init(serviceName: serviceName, json: JSONValue(resourceDocument: definition), serviceModel: serviceModel)
    }

    package init(serviceName: String, json: JSONValue, serviceModel: ServiceModel) throws(ModelError) {
        guard let root = json.object else {
            throw ModelError(.invalidDefinition, "A resource model must be a JSON object.", path: "")
        }
        let definitions = try ResourceModelReader.object(root, "resources", at: "") ?? JSONObject()
        self.serviceName = serviceName
        self.serviceModel = serviceModel
        resourceNames = definitions.keys
        builder = ResourceModelBuilder(serviceName: serviceName, serviceModel: serviceModel, definitions: definitions)
        serviceResource = try builder.build(name: serviceName, definition: try ResourceModelReader.object(root, "service", at: "") ?? JSONObject(),
                                            isService: true)
    }

    /// Loads the resource model of `service` and its service model through `loader`; the result is
    /// kept for as long as the loader's service model, so resource types are built once per process.
    public static func load(_ service: String, apiVersion: String? = nil, loader: ModelLoader = .shared) throws -> ResourceServiceModel {
        // As boto3: the resource model's version (the latest by default) is the client's too.
        let version = try apiVersion ?? loader.resourceAPIVersions(service).last
        let serviceModel = try loader.serviceModel(service, apiVersion: version)
        let key = ObjectIdentifier(serviceModel)
        if let cached = cache.withLock({ $0[key] }) { return cached }
        let model = try ResourceServiceModel(serviceName: service, json: try loader.resourceModelJSON(service, apiVersion: version),
                                             serviceModel: serviceModel)
        // The entry holds its service model, so the identifier key cannot be reused by another object.
        return cache.withLock { entries in
            if let existing = entries[key] { return existing }
            entries[key] = model
            return model
        }
    }

    private static let cache = Mutex<[ObjectIdentifier: ResourceServiceModel]>([:])

    /// The resource type `name` (`Bucket`); throws `ResourceError` with the closest names when unknown.
    public func resource(_ name: String) throws -> ResourceModel {
        if let cached = built.withLock({ $0[name] }) { return cached }
        guard let definition = builder.definitions[name]?.object else {
            throw ResourceError(.unknownResourceType,
                                "The \(serviceName) resource model has no resource type '\(name)'.",
                                suggestions: ClosestNames.find(name, in: resourceNames))
        }
        let model = try builder.build(name: name, definition: definition, isService: false)
        built.withLock { $0[name] = model }
        return model
    }
}
