/// `waiter.wait(...)` with keyword arguments; see `Waiter`.
@dynamicCallable
public struct WaitCall: Sendable {
    let waiter: Waiter

    /// Waits with `Document` arguments (literals included); returns the successful response.
    @discardableResult
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, Document>) async throws -> Document {
        try await waiter.wait(try ClientOperation.parameters(arguments.map { ($0.key, $0.value) }, operation: "wait"))
    }

    /// Waits with plain Swift values (`String`, `Int`, arrays, dictionaries); returns the successful response.
    @_disfavoredOverload @discardableResult
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, any DocumentConvertible>) async throws -> Document {
        try await waiter.wait(try ClientOperation.parameters(arguments.map { ($0.key, $0.value.document) }, operation: "wait"))
    }
}
