/// `paginator.paginate(...)` with keyword arguments, or with one parameter map; see `Paginator`.
@dynamicCallable
public struct PaginateCall: Sendable {
    let paginator: Paginator

    /// Starts a pass with `Document` arguments (literals included).
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, Document>) -> PageSequence {
        start(arguments.map { ($0.key, $0.value) })
    }

    /// Starts a pass with plain Swift values (`String`, `Int`, arrays, dictionaries).
    @_disfavoredOverload
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, any DocumentConvertible>) -> PageSequence {
        start(arguments.map { ($0.key, $0.value.document) })
    }

    private func start(_ pairs: [(String, Document)]) -> PageSequence {
        do {
            return paginator.start(try Self.parameters(pairs))
        } catch {
            return PageSequence(client: paginator.client, failure: error)
        }
    }

    /// Keyword arguments as a map; a single unlabeled map (`paginate(["Bucket": "b"])`) is taken whole.
    static func parameters(_ pairs: [(String, Document)]) throws -> Document {
        if pairs.count == 1, pairs[0].0.isEmpty, case .map = pairs[0].1 { return pairs[0].1 }
        return try ClientOperation.parameters(pairs, operation: "paginate")
    }
}
