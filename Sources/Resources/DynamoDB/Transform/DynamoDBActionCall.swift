/// A DynamoDB resource action that takes and returns plain values, as boto3's DynamoDB
/// resources do: `Table.putItem`, `getItem`, `updateItem`, `deleteItem`, `query`, `scan`, and the
/// service resource's `batchGetItem` and `batchWriteItem`.
///
/// ```swift
/// try await table.putItem(Item: ["id": "u1", "age": 30, "tags": DynamoDBSet(["a", "b"]), "blob": Data([1])],
///                         ConditionExpression: Attr("id").notExists())
/// let item = try await table.getItem(Key: ["id": "u1"])["Item"]      // ["id": "u1", "age": 30, ...]
/// let page = try await table.query(KeyConditionExpression: Key("id").eq("u1"), Limit: 50)
/// for item in page["Items"]?.array ?? [] { print(item["age"]?.int ?? 0) }
/// ```
/// Arguments: plain values (`DynamoDBValueConvertible`) wherever the operation takes attribute
/// values (`Item`, `Key`, `ExpressionAttributeValues`, `ExclusiveStartKey`, `RequestItems`, ...),
/// `Key`/`Attr` conditions (or expression strings) for `ConditionExpression`,
/// `FilterExpression` and `KeyConditionExpression`, and plain Swift values for the rest. The
/// response is a `DynamoDBValue` map with every attribute value deserialized. The low-level
/// client (`table.meta.client`) stays raw, as boto3's clients do.
@dynamicCallable
public struct DynamoDBActionCall: Sendable {
    /// The resource the action belongs to.
    public let resource: Resource
    /// The action's model name (`PutItem`).
    public let name: String

    /// The action `name` of `resource`.
    public init(_ resource: Resource, action name: String) {
        self.resource = resource
        self.name = name
    }

    /// The call of `action` when boto3's DynamoDB interface transforms its operation; `nil` for
    /// any other action (including every action of other services).
    init?(_ resource: Resource, action: ResourceAction) throws {
        guard resource.meta.serviceName == "dynamodb",
              Self.applies(service: "dynamodb", operation: try resource.meta.client.meta.serviceModel.operation(action.request.operation))
        else { return nil }
        self.init(resource, action: action.name)
    }

    /// Whether actions calling `operation` of `service` take and return plain values (the code
    /// generator asks, so the typed handles and the interpreter agree).
    package static func applies(service: String, operation: OperationModel) -> Bool {
        service == "dynamodb" && DynamoDBOperationPlan.of(operation).transforms
    }

    /// Calls the action with keyword arguments: plain values, literals and conditions.
    @discardableResult
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, any DynamoDBArgument>) async throws -> DynamoDBValue {
        var pairs: [(String, DynamoDBArgumentValue)] = []
        pairs.reserveCapacity(arguments.count)
        for (key, value) in arguments {
            guard !key.isEmpty else {
                throw ResourceError(.invalidIdentifiers, "\(name)() accepts keyword arguments only.")
            }
            do {
                pairs.append((key, try value.dynamoDBArgument()))
            } catch let error as DynamoDBTypeError {
                throw error.inside(key)
            }
        }
        return try await perform(pairs)
    }

    /// Calls the action with one parameter map (`table.query.call(["KeyConditionExpression": Key("id").eq("u1")])`).
    @discardableResult
    public func call(_ params: [String: any DynamoDBArgument] = [:]) async throws -> DynamoDBValue {
        try await perform(try params.map { ($0.key, try $0.value.dynamoDBArgument()) })
    }

    /// Builds the request from `arguments`, sends it and reads the response.
    func perform(_ arguments: [(String, DynamoDBArgumentValue)]) async throws -> DynamoDBValue {
        let model = resource.meta.resourceModel
        guard let action = model.action(named: name) else {
            throw ResourceError(.unknownMember, "\(model.qualifiedName) has no action '\(name)'.",
                                suggestions: ClosestNames.find(name, in: model.actions.map(\.swiftName)))
        }
        let operation = try resource.meta.client.meta.serviceModel.operation(action.request.operation)
        let builder = DynamoDBRequestBuilder(operation: operation)
        let params = try builder.parameters(arguments)
        let response = try await resource.send(action, params)
        guard case .document(let document) = response else {
            throw ResourceError(.unsupported, "\(model.qualifiedName).\(name) returned resources, not a response to read plain values from.")
        }
        return try DynamoDBResponseReader.read(document, plan: builder.plan.output)
    }
}
