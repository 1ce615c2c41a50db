extension Resource {
    /// Calls the action `name` (model, Swift or Python name) with the caller's parameters, which
    /// replace the filled ones at the top level (boto3's `params.update(kwargs)`).
    ///
    /// Returns the resource(s) the model names, else the response (or its part at the action's path).
    /// Afterwards a resource that can load forgets its data, so the next attribute read reloads.
    /// ```swift
    /// let object = try await bucket.action("PutObject", ["Key": "a.txt", "Body": .blob(data)]).resource
    /// ```
    public func action(_ name: String, _ params: Document = [:]) async throws -> ResourceValue {
        let model = meta.resourceModel
        guard let action = model.action(named: name) else {
            throw ResourceError(.unknownMember, "\(model.qualifiedName) has no action '\(name)'.",
                                suggestions: ClosestNames.find(name, in: model.actions.map(\.swiftName)))
        }
        return try await perform(action, params)
    }

    /// Calls `action` (one of this resource type's, or a generated handle's) with the caller's parameters.
    ///
    /// A DynamoDB item action (`PutItem`, `Query`, `BatchWriteItem`, ...) takes plain values and
    /// returns `.dynamoDB` with plain values, as boto3's DynamoDB resources do (see `DynamoDBActionCall`).
    public func perform(_ action: ResourceAction, _ params: Document = [:]) async throws -> ResourceValue {
        if let call = try DynamoDBActionCall(self, action: action) {
            let arguments = try (params.dictionary ?? [:]).map { ($0.key, DynamoDBArgumentValue.value(try $0.value.dynamoDBValue())) }
            return .dynamoDB(try await call.perform(arguments))
        }
        return try await send(action, params)
    }

    /// Calls `action` with `params` as they are, with no DynamoDB conversion.
    func send(_ action: ResourceAction, _ params: Document) async throws -> ResourceValue {
        let request = try await RequestParameters.build(action.request.params, for: self, input: params)
        let response = try await meta.client.call(action.request.operation, request)
        if canLoad { meta.state.set(nil) }
        return try await Self.result(of: action, parent: self, params: request, response: response)
    }

    /// The value an action returns for `response`.
    static func result(of action: ResourceAction, parent: Resource, params: Document, response: Document) async throws -> ResourceValue {
        if let resource = action.resource {
            return try await ResponseResources.build(resource, parent: parent, params: params, response: response,
                                                     operation: action.request.operation)
        }
        guard let path = action.path else { return .document(response) }
        return .document(try path.search(response))
    }
}
