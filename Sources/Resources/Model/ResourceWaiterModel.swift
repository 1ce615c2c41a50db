/// A resource waiter: a client waiter called with parameters filled from the resource (`waitUntilExists`).
public struct ResourceWaiterModel: Sendable, Hashable {
    /// The name in the model (`Exists`).
    public let name: String
    /// The Swift member name (`waitUntilExists`).
    public let swiftName: String
    /// boto3's method name (`wait_until_exists`).
    public let pythonName: String
    /// The client waiter (`BucketExists`).
    public let waiterName: String
    /// Parameters filled from the resource.
    public let params: [ResourceParameter]

    /// Creates a waiter model.
    public init(name: String, swiftName: String, pythonName: String, waiterName: String, params: [ResourceParameter]) {
        self.name = name
        self.swiftName = swiftName
        self.pythonName = pythonName
        self.waiterName = waiterName
        self.params = params
    }
}
