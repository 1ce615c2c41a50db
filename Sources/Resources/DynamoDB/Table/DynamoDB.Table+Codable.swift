extension DynamoDB.Table {
    /// Puts `value` as an item, encoded with `encoder` (see `DynamoDBEncoder` for the mapping).
    ///
    /// ```swift
    /// struct User: Codable, Sendable { var id: String; var age: Int }
    /// try await table.put(User(id: "u4", age: 41))
    /// try await table.put(user, ConditionExpression: Attr("id").notExists())   // only if new
    /// ```
    public func put<T: Encodable>(_ value: T, ConditionExpression: DynamoDBCondition? = nil,
                                  encoder: DynamoDBEncoder = DynamoDBEncoder()) async throws {
        var arguments: [(String, DynamoDBArgumentValue)] = [("Item", .value(.map(try encoder.encodeItem(value))))]
        if let ConditionExpression { arguments.append(("ConditionExpression", .condition(ConditionExpression))) }
        _ = try await putItem.perform(arguments)
    }

    /// The item with `key`, decoded as `T`; `nil` when there is none.
    ///
    /// ```swift
    /// let user: User? = try await table.get(User.self, key: ["id": "u4"])
    /// ```
    public func get<T: Decodable>(_ type: T.Type, key: [String: any DynamoDBValueConvertible], ConsistentRead: Bool? = nil,
                                  decoder: DynamoDBDecoder = DynamoDBDecoder()) async throws -> T? {
        var arguments: [(String, DynamoDBArgumentValue)] = [("Key", .value(try key.dynamoDBValue()))]
        if let ConsistentRead { arguments.append(("ConsistentRead", .value(.bool(ConsistentRead)))) }
        guard let item = try await getItem.perform(arguments)["Item"] else { return nil }
        return try decoder.decode(type, from: item)
    }

    /// The items matching `KeyConditionExpression` (and `FilterExpression`), decoded as `T`,
    /// page by page as iteration needs them (each page a `Query` from the last one's
    /// `LastEvaluatedKey`).
    ///
    /// ```swift
    /// for try await user in table.query(User.self, KeyConditionExpression: Key("id").eq("u4")) { print(user.age) }
    /// for try await page in table.query(User.self, KeyConditionExpression: Key("id").eq("u4"), Limit: 100).pages { page.items }
    /// ```
    /// - Parameters: as `Query`'s; `Limit` is the number of items each request evaluates (the
    ///   page size), not a total.
    public func query<T: Decodable & Sendable>(_ type: T.Type, KeyConditionExpression: DynamoDBCondition, FilterExpression: DynamoDBCondition? = nil,
                                    IndexName: String? = nil, ProjectionExpression: String? = nil,
                                    ExpressionAttributeNames: [String: String]? = nil, ScanIndexForward: Bool? = nil,
                                    ConsistentRead: Bool? = nil, Limit: Int? = nil,
                                    decoder: DynamoDBDecoder = DynamoDBDecoder()) -> DynamoDBItems<T> {
        var arguments: [(String, DynamoDBArgumentValue)] = [("KeyConditionExpression", .condition(KeyConditionExpression))]
        if let FilterExpression { arguments.append(("FilterExpression", .condition(FilterExpression))) }
        arguments += Self.options(IndexName: IndexName, ProjectionExpression: ProjectionExpression,
                                  ExpressionAttributeNames: ExpressionAttributeNames, ConsistentRead: ConsistentRead, Limit: Limit)
        if let ScanIndexForward { arguments.append(("ScanIndexForward", .value(.bool(ScanIndexForward)))) }
        return DynamoDBItems(call: query, arguments: arguments, decoder: decoder)
    }

    /// Every item of the table (or index) matching `FilterExpression`, decoded as `T`, page by
    /// page as iteration needs them.
    ///
    /// ```swift
    /// for try await user in table.scan(User.self, FilterExpression: Attr("age").gte(18)) { print(user.id) }
    /// ```
    /// - Parameters: as `Scan`'s; `Limit` is the page size; `Segment`/`TotalSegments` make a
    ///   parallel scan's part.
    public func scan<T: Decodable & Sendable>(_ type: T.Type, FilterExpression: DynamoDBCondition? = nil, IndexName: String? = nil,
                                   ProjectionExpression: String? = nil, ExpressionAttributeNames: [String: String]? = nil,
                                   ConsistentRead: Bool? = nil, Limit: Int? = nil, Segment: Int? = nil, TotalSegments: Int? = nil,
                                   decoder: DynamoDBDecoder = DynamoDBDecoder()) -> DynamoDBItems<T> {
        var arguments: [(String, DynamoDBArgumentValue)] = []
        if let FilterExpression { arguments.append(("FilterExpression", .condition(FilterExpression))) }
        arguments += Self.options(IndexName: IndexName, ProjectionExpression: ProjectionExpression,
                                  ExpressionAttributeNames: ExpressionAttributeNames, ConsistentRead: ConsistentRead, Limit: Limit)
        if let Segment { arguments.append(("Segment", .value(.number(DynamoDBNumber(Segment))))) }
        if let TotalSegments { arguments.append(("TotalSegments", .value(.number(DynamoDBNumber(TotalSegments))))) }
        return DynamoDBItems(call: scan, arguments: arguments, decoder: decoder)
    }

    private static func options(IndexName: String?, ProjectionExpression: String?, ExpressionAttributeNames: [String: String]?,
                                ConsistentRead: Bool?, Limit: Int?) -> [(String, DynamoDBArgumentValue)] {
        var arguments: [(String, DynamoDBArgumentValue)] = []
        if let IndexName { arguments.append(("IndexName", .value(.string(IndexName)))) }
        if let ProjectionExpression { arguments.append(("ProjectionExpression", .value(.string(ProjectionExpression)))) }
        if let ExpressionAttributeNames {
            arguments.append(("ExpressionAttributeNames", .value(.map(ExpressionAttributeNames.mapValues(DynamoDBValue.string)))))
        }
        if let ConsistentRead { arguments.append(("ConsistentRead", .value(.bool(ConsistentRead)))) }
        if let Limit { arguments.append(("Limit", .value(.number(DynamoDBNumber(Limit))))) }
        return arguments
    }
}
