/// The operation an action, load, collection or waiter calls, with its automatically filled parameters.
public struct ResourceRequest: Sendable, Hashable {
    /// The API operation name (`PutObject`); for a waiter, the client waiter name (`BucketExists`).
    public let operation: String
    /// Parameters filled from the resource, in model order.
    public let params: [ResourceParameter]

    /// Creates a request.
    public init(operation: String, params: [ResourceParameter]) {
        self.operation = operation
        self.params = params
    }
}
