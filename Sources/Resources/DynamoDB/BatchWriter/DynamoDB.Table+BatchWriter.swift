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
    ///   - isolation: the caller's actor, which `body` runs on (inherited; never passed).
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
