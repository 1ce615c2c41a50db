/// `waiter.wait(...)` with keyword arguments, or with one parameter map; see `Waiter`.
@dynamicCallable
public struct WaitCall: Sendable {
    let waiter: Waiter

    /// Waits with `Document` arguments (literals included); returns the successful response.
    @discardableResult
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, Document>) async throws -> Document {
        try await waiter.run(try Self.parameters(arguments.map { ($0.key, $0.value) }))
    }

    /// Waits with plain Swift values (`String`, `Int`, arrays, dictionaries); returns the successful response.
    @_disfavoredOverload @discardableResult
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, any DocumentConvertible>) async throws -> Document {
        try await waiter.run(try Self.parameters(arguments.map { ($0.key, $0.value.document) }))
    }

    /// Keyword arguments as a map; a single unlabeled map (`wait(["Bucket": "b"])`) is taken whole.
    static func parameters(_ pairs: [(String, Document)]) throws -> Document {
        if pairs.count == 1, pairs[0].0.isEmpty, case .map = pairs[0].1 { return pairs[0].1 }
        return try ClientOperation.parameters(pairs, operation: "wait")
    }
}
