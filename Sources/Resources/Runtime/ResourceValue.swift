/// What a dynamic action, reference or relation returns: the resource(s) the model names, else the
/// response (or the part of it the model's path selects).
public enum ResourceValue: Sendable, Hashable {
    /// A raw response, or `.null` / an empty map when the model's resource could not be built
    /// because the response lacks its identifiers (as boto3 returns `None` / `{}`).
    case document(Document)
    /// One resource.
    case resource(Resource)
    /// A list of resources (a path with `[]`).
    case resources([Resource])
    /// A DynamoDB response with its attribute values as plain values (boto3's DynamoDB
    /// interface): what the item actions of the `dynamodb` resources return (`PutItem`,
    /// `GetItem`, `Query`, `Scan`, `BatchWriteItem`, ...).
    case dynamoDB(DynamoDBValue)

    /// The single resource, if this is one.
    public var resource: Resource? {
        if case .resource(let value) = self { return value }
        return nil
    }

    /// The resources: a list as is, a single resource as a list of one, none for a document.
    public var resources: [Resource] {
        switch self {
        case .resources(let values): return values
        case .resource(let value): return [value]
        case .document, .dynamoDB: return []
        }
    }

    /// The response, if this is one.
    public var document: Document? {
        if case .document(let value) = self { return value }
        return nil
    }

    /// The DynamoDB response with plain values, if this is one.
    public var dynamoDB: DynamoDBValue? {
        if case .dynamoDB(let value) = self { return value }
        return nil
    }
}

extension ResourceValue {
    /// The single resource wrapped in handle type `T` (for generated handles).
    public func resource<T: ResourceHandle>(as type: T.Type) -> T? { resource.map(T.init(resource:)) }

    /// The resources wrapped in handle type `T` (for generated handles).
    public func resources<T: ResourceHandle>(as type: T.Type) -> [T] { resources.map(T.init(resource:)) }
}
