/// A `hasMany` collection: an operation (paginated when it can be) whose response lists resources.
public struct ResourceCollectionModel: Sendable, Hashable {
    /// The name in the model (`Objects`).
    public let name: String
    /// The Swift member name (`objects`).
    public let swiftName: String
    /// boto3's name (`objects`).
    public let pythonName: String
    /// The list operation and its filled parameters.
    public let request: ResourceRequest
    /// The resources made from each page.
    public let resource: ResponseResource

    /// Creates a collection model.
    public init(name: String, swiftName: String, pythonName: String, request: ResourceRequest, resource: ResponseResource) {
        self.name = name
        self.swiftName = swiftName
        self.pythonName = pythonName
        self.request = request
        self.resource = resource
    }
}
