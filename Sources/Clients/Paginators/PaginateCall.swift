/// `paginator.paginate(...)` with keyword arguments; see `Paginator`.
@dynamicCallable
public struct PaginateCall: Sendable {
    let paginator: Paginator

    /// Starts a pass with `Document` arguments (literals included).
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, Document>) throws -> PageSequence {
        try paginator.paginate(try ClientOperation.parameters(arguments.map { ($0.key, $0.value) }, operation: "paginate"))
    }

    /// Starts a pass with plain Swift values (`String`, `Int`, arrays, dictionaries).
    @_disfavoredOverload
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, any DocumentConvertible>) throws -> PageSequence {
        try paginator.paginate(try ClientOperation.parameters(arguments.map { ($0.key, $0.value.document) }, operation: "paginate"))
    }
}
