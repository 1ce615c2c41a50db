/// Everything rendered for one typed handle (a resource type, or the service resource): Swift names,
/// types and the prose of the doc comments, resolved from a `ResourceModel`.
struct HandlePlan: Sendable {
    /// An identifier: a `let` property set from the resource's identifiers.
    struct Identifier: Sendable {
        let swiftName: String
        let modelName: String
        /// `String`, or `Int` for identifiers the model types `integer`.
        let swiftType: String
    }

    /// An attribute: an effectful property reading the loaded data.
    struct Attribute: Sendable {
        let swiftName: String
        let modelName: String
        let swiftType: String
        let doc: String
    }

    /// What an action (or reference) gives back.
    enum Result: Sendable {
        case document
        /// A DynamoDB item action: plain values in and out (`DynamoDBActionCall`).
        case dynamoDB
        case one(String)
        case many(String)

        /// The Swift type of the result.
        var swiftType: String {
            switch self {
            case .document: return "Document"
            case .dynamoDB: return "DynamoDBValue"
            case .one(let type): return type
            case .many(let type): return "[\(type)]"
            }
        }
    }

    /// An action, waiter or batch action: a property returning a callable value.
    struct Call: Sendable {
        let swiftName: String
        let modelName: String
        let result: Result
        let doc: String
    }

    /// A sub-resource: a method taking the new identifiers positionally.
    struct Subresource: Sendable {
        let swiftName: String
        let modelName: String
        let targetModelName: String
        let targetType: String
        /// (parameter name, Swift type) in the order the model lists the caller's identifiers.
        let parameters: [(name: String, swiftType: String)]
        let doc: String
    }

    /// A reference: an effectful property building the related resource(s) from the data.
    struct Reference: Sendable {
        let swiftName: String
        let modelName: String
        let targetType: String
        let isPlural: Bool
        let doc: String
    }

    /// A collection: a `ResourceCollection<T>` property.
    struct Collection: Sendable {
        let swiftName: String
        let modelName: String
        let targetModelName: String
        let targetType: String
        let doc: String
    }

    let namespace: HandleNamespace
    /// The Swift type name inside the namespace (`Bucket`, `ServiceResource`).
    let typeName: String
    /// boto3's name for the type (`s3.Bucket`).
    let qualifiedModelName: String
    let summary: String
    let identifiers: [Identifier]
    /// The doc of `load()`/`reload()`, when the resource can load.
    let loadDoc: String?
    let attributes: [Attribute]
    let actions: [Call]
    let subresources: [Subresource]
    let references: [Reference]
    let collections: [Collection]
    let waiters: [Call]
    let batchActions: [Call]

    /// The Swift type (`S3.Bucket`).
    var swiftType: String { namespace.qualified(typeName) }
}
