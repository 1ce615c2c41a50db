/// An action of a typed handle, called with keyword arguments and returning what the model names:
/// a handle (`ResourceActionCall<S3.Object>`), a list of them (`ResourceActionCall<[SQS.Message]>`),
/// or the response (`ResourceActionCall<Document>`).
///
/// Generated handles expose each action as a property of this type, so the call reads as boto3's:
/// ```swift
/// let object = try await bucket.putObject(Key: "a.txt", Body: .blob(data))   // S3.Object
/// let messages = try await queue.receiveMessages(MaxNumberOfMessages: 10)     // [SQS.Message]
/// ```
@dynamicCallable
public struct ResourceActionCall<Result: Sendable>: Sendable {
    /// The resource the action belongs to.
    public let resource: Resource
    /// The action's model name (`PutObject`).
    public let name: String
    private let convert: @Sendable (ResourceValue, ResourceActionCall<Result>) throws -> Result

    private init(resource: Resource, name: String,
                 convert: @escaping @Sendable (ResourceValue, ResourceActionCall<Result>) throws -> Result) {
        self.resource = resource
        self.name = name
        self.convert = convert
    }

    /// Calls the action with `Document` keyword arguments (literals included).
    @discardableResult
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, Document>) async throws -> Result {
        try await call(try ResourceMember.parameters(arguments.map { ($0.key, $0.value) }, name: name))
    }

    /// Calls the action with plain Swift values as keyword arguments.
    @discardableResult @_disfavoredOverload
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, any DocumentConvertible>) async throws -> Result {
        try await call(try ResourceMember.parameters(arguments.map { ($0.key, $0.value.document) }, name: name))
    }

    /// Calls the action with one parameter map (`bucket.putObject.call(["Key": "a"])`).
    @discardableResult
    public func call(_ params: Document = [:]) async throws -> Result {
        try convert(try await resource.action(name, params), self)
    }

    /// The error for a response from which the model's resource could not be built.
    func missingResource(_ type: String) -> ResourceError {
        ResourceError(.invalidIdentifiers,
                      "The response to \(resource.meta.resourceModel.qualifiedName).\(name) lacks the identifiers of the \(type) it returns; call the action through `resource.action(\"\(name)\", ...)` to read the raw response.")
    }
}

extension ResourceActionCall where Result == Document {
    /// The action `name` of `resource`, returning the response (or the part the model's path selects).
    public init(_ resource: Resource, action name: String) {
        self.init(resource: resource, name: name) { value, _ in
            switch value {
            case .document(let document): return document
            case .resource(let item): return .map(item.meta.identifiers)
            case .resources(let items): return .list(items.map { .map($0.meta.identifiers) })
            case .dynamoDB:
                throw ResourceError(.unsupported, "\(resource.meta.resourceModel.qualifiedName).\(name) returns plain DynamoDB values: call it through DynamoDBActionCall (the typed handles do).")
            }
        }
    }
}

extension ResourceActionCall where Result: ResourceHandle {
    /// The action `name` of `resource`, returning one resource of handle type `Result`.
    public init(_ resource: Resource, action name: String, returning type: Result.Type) {
        self.init(resource: resource, name: name) { value, call in
            guard let item = value.resource(as: Result.self) else { throw call.missingResource(String(describing: Result.self)) }
            return item
        }
    }
}

extension ResourceActionCall {
    /// The action `name` of `resource`, returning a list of resources of handle type `Element`.
    public init<Element: ResourceHandle>(_ resource: Resource, action name: String, returning type: Element.Type) where Result == [Element] {
        self.init(resource: resource, name: name) { value, _ in value.resources(as: Element.self) }
    }
}
