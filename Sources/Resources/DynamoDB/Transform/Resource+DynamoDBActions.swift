extension Resource {
    /// Calls the action `name` with DynamoDB keyword arguments (plain values, sets, conditions)
    /// that a `Document` cannot hold, for the dynamic resource:
    /// ```swift
    /// let table = try session.resource("dynamodb").subresource("Table", "users")
    /// let page = try await table.action("Query", ["KeyConditionExpression": Key("id").eq("u1")]).dynamoDB
    /// ```
    /// Returns `.dynamoDB` with the plain response for DynamoDB's item actions.
    public func action(_ name: String, _ params: [String: any DynamoDBArgument]) async throws -> ResourceValue {
        let model = meta.resourceModel
        guard let action = model.action(named: name) else {
            throw ResourceError(.unknownMember, "\(model.qualifiedName) has no action '\(name)'.",
                                suggestions: ClosestNames.find(name, in: model.actions.map(\.swiftName)))
        }
        guard let call = try DynamoDBActionCall(self, action: action) else {
            let document = try params.mapValues { argument -> Document in
                guard case .value(let value) = try argument.dynamoDBArgument() else {
                    throw DynamoDBConditionError(.needsCondition, "\(model.qualifiedName).\(name) is not a DynamoDB item action: conditions apply only to those.")
                }
                return try DynamoDBRequestBuilder.plain(value, path: "")
            }
            return try await perform(action, .map(document))
        }
        return .dynamoDB(try await call.perform(try params.map { ($0.key, try $0.value.dynamoDBArgument()) }))
    }
}
