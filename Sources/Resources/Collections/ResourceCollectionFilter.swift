/// `collection.filter(Prefix: "a")`: the collection's `filter` called with keyword arguments.
///
/// An unlabeled map argument (`filter(["Prefix": "a"])`) is merged as a whole; any other unlabeled
/// value is kept under an empty name, which the client's validation then rejects.
@dynamicCallable
public struct ResourceCollectionFilter<T: ResourceHandle>: Sendable {
    let collection: ResourceCollection<T>

    /// The collection with `Document` parameters (literals included).
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, Document>) -> ResourceCollection<T> {
        collection.merging(Self.parameters(arguments.map { ($0.key, $0.value) }))
    }

    /// The collection with plain Swift values as parameters.
    @_disfavoredOverload
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, any DocumentConvertible>) -> ResourceCollection<T> {
        collection.merging(Self.parameters(arguments.map { ($0.key, $0.value.document) }))
    }

    static func parameters(_ pairs: [(String, Document)]) -> Document {
        var result: Document = .map([:])
        for (key, value) in pairs {
            if key.isEmpty, case .map = value {
                result.deepMerge(value, appendLists: false)
            } else {
                result[key] = value
            }
        }
        return result
    }
}
