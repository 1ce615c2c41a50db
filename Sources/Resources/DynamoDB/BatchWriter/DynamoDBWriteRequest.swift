/// One write of a batch: a put of an item or a delete by key, with plain values.
public enum DynamoDBWriteRequest: Sendable, Hashable {
    /// Puts (creates or replaces) `item`.
    case put(item: [String: DynamoDBValue])
    /// Deletes the item with `key`.
    case delete(key: [String: DynamoDBValue])

    /// The item or key.
    public var attributes: [String: DynamoDBValue] {
        switch self {
        case .put(let item): return item
        case .delete(let key): return key
        }
    }
}
