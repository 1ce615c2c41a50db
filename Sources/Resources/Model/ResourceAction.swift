/// An action: an operation called with parameters filled from the resource, returning the raw
/// response, a part of it (`path`), or the resource(s) the model names.
///
/// Also the shape of a load (`name` is `load`) and of batch actions.
public struct ResourceAction: Sendable, Hashable {
    /// The name in the model (`PutObject`).
    public let name: String
    /// The Swift member name (`putObject`).
    public let swiftName: String
    /// boto3's method name (`put_object`).
    public let pythonName: String
    /// The operation and its filled parameters.
    public let request: ResourceRequest
    /// The resource(s) made from the response, if the action returns resources.
    public let resource: ResponseResource?
    /// The part of the response returned (or, for a load, kept as data) when no resource is made.
    public let path: JMESPathExpression?

    /// Creates an action.
    public init(name: String, swiftName: String, pythonName: String, request: ResourceRequest,
                resource: ResponseResource?, path: JMESPathExpression?) {
        self.name = name
        self.swiftName = swiftName
        self.pythonName = pythonName
        self.request = request
        self.resource = resource
        self.path = path
    }
}
