extension DynamoDB.Table {
    /// Writes through a `DynamoDBBatchWriter` for this table (boto3's `table.batch_writer()`):
    /// puts and deletes are buffered and sent 25 at a time with `BatchWriteItem`, unprocessed
    /// writes are resent with backoff, and what is left is sent when `body` returns (or throws).
    ///
    /// ```swift
    /// try await table.batchWriter(overwriteByPKeys: ["id"]) { batch in
    ///     try await batch.putItem(Item: ["id": "u2"]); try await batch.deleteItem(Key: ["id": "u3"])
    /// }
    /// ```
    /// - Parameters:
    ///   - overwriteByPKeys: attribute names (the primary key's) that identify an item: a write
    ///     replaces a buffered write with the same values, as boto3's `overwrite_by_pkeys`.
    ///   - encoder: how `batch.put(_:)` encodes `Codable` items.
    ///   - body: writes through the writer; it may hand the writer to concurrent child tasks.
    /// - Returns: what `body` returns.
    /// - Throws: `DynamoDBBatchWriteError` naming every write not confirmed written when a batch
    ///   fails; otherwise what `body` throws (after the buffered writes were sent).
    public func batchWriter<Result>(overwriteByPKeys: [String]? = nil, encoder: DynamoDBEncoder = DynamoDBEncoder(),
                                    isolation: isolated (any Actor)? = #isolation,
                                    _ body: (DynamoDBBatchWriter) async throws -> Result) async throws -> Result {
        let writer = DynamoDBBatchWriter(tableName: name, client: resource.meta.client, overwriteByPKeys: overwriteByPKeys, encoder: encoder)
        return try await writer.run(body)
    }
}

extension DynamoDBBatchWriter {
    /// Runs `body` with this writer, then flushes and closes it.
    func run<Result>(isolation: isolated (any Actor)? = #isolation, _ body: (DynamoDBBatchWriter) async throws -> Result) async throws -> Result {
        let result: Result
        do {
            result = try await body(self)
        } catch {
            try await finish(closureError: error)
            throw error
        }
        try await finish(closureError: nil)
        return result
    }
}

extension Resource {
    /// The batch writer of a dynamic `dynamodb.Table` resource, as the typed
    /// `DynamoDB.Table.batchWriter(overwriteByPKeys:encoder:_:)` (boto3 injects `batch_writer`
    /// into every `Table`). Throws `ResourceError` (`.unknownMember`) for any other resource.
    /// ```swift
    /// let table = try session.resource("dynamodb").subresource("Table", "users")
    /// try await table.batchWriter { batch in try await batch.putItem(Item: ["id": "u1"]) }
    /// ```
    public func batchWriter<Result>(overwriteByPKeys: [String]? = nil, encoder: DynamoDBEncoder = DynamoDBEncoder(),
                                    isolation: isolated (any Actor)? = #isolation,
                                    _ body: (DynamoDBBatchWriter) async throws -> Result) async throws -> Result {
        guard meta.serviceName == "dynamodb", meta.resourceModel.name == "Table" else {
            throw ResourceError(.unknownMember, "\(meta.resourceModel.qualifiedName) has no batchWriter: boto3 adds it to dynamodb.Table only.")
        }
        return try await DynamoDB.Table(resource: self).batchWriter(overwriteByPKeys: overwriteByPKeys, encoder: encoder, body)
    }
}
