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
