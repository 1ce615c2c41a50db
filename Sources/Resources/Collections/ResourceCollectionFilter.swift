/// `collection.filter(Prefix: "a")`: the collection's `filter` called with keyword arguments.
@dynamicCallable
public struct ResourceCollectionFilter<T: ResourceHandle>: Sendable {
    let collection: ResourceCollection<T>

    /// The collection with `Document` parameters (literals included).
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, Document>) -> ResourceCollection<T> {
        collection.filter(.map(Dictionary(arguments.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })))
    }

    /// The collection with plain Swift values as parameters.
    @_disfavoredOverload
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, any DocumentConvertible>) -> ResourceCollection<T> {
        collection.filter(.map(Dictionary(arguments.map { ($0.key, $0.value.document) }, uniquingKeysWith: { _, last in last })))
    }
}
