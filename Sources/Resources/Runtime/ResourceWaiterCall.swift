/// A waiter of a typed handle (`bucket.waitUntilExists`), called with optional keyword arguments
/// (`WaiterConfig: ["Delay": 1, "MaxAttempts": 3]` among them). Throws `WaiterError` when the
/// waiter fails or gives up.
/// ```swift
/// try await bucket.waitUntilExists()
/// ```
@dynamicCallable
public struct ResourceWaiterCall: Sendable {
    /// The resource waited on.
    public let resource: Resource
    /// The waiter's model name (`Exists`).
    public let name: String

    /// The waiter `name` of `resource`.
    public init(_ resource: Resource, waiter name: String) {
        self.resource = resource
        self.name = name
    }

    /// Waits, with `Document` keyword arguments (literals included).
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, Document>) async throws {
        try await resource.wait(name, try ResourceMember.parameters(arguments.map { ($0.key, $0.value) }, name: name))
    }

    /// Waits, with plain Swift values as keyword arguments.
    @_disfavoredOverload
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, any DocumentConvertible>) async throws {
        try await resource.wait(name, try ResourceMember.parameters(arguments.map { ($0.key, $0.value.document) }, name: name))
    }
}
