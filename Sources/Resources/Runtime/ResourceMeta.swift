/// Facts about a resource, as boto3's `resource.meta`: the client underneath, the service, the
/// identifier values, the loaded data and the model.
public struct ResourceMeta: Sendable {
    /// The low-level client the resource calls.
    public let client: Client
    /// The identifier values by model name (`["BucketName": "photos", "Key": "a.txt"]`).
    public let identifiers: [String: Document]
    /// The model of this resource type.
    public let resourceModel: ResourceModel
    /// The resource model of the whole service, for the resources this one leads to.
    public let serviceResourceModel: ResourceServiceModel
    let state: ResourceState

    /// The service name (`s3`).
    public var serviceName: String { resourceModel.serviceName }

    /// The identifier names in model order (`["BucketName", "Key"]`).
    public var identifierNames: [String] { resourceModel.identifiers.map(\.name) }

    /// The data loaded or received with the resource; `nil` until loaded.
    public var data: Document? { state.data }
}
