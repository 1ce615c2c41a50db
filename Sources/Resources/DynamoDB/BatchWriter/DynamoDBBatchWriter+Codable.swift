extension DynamoDBBatchWriter {
    /// Queues a put of `value`, encoded with the writer's `encoder` (it must encode as a map).
    public func put<T: Encodable>(_ value: T) async throws {
        try await write(.put(item: try encoder.encodeItem(value)))
    }

    /// Queues a put of every element of `values`.
    public func put<S: Sequence>(contentsOf values: S) async throws where S.Element: Encodable {
        for value in values { try await put(value) }
    }

    /// Queues a put of every element of `values` as they arrive: a query or scan of another
    /// table (`batch.put(contentsOf: source.scan(User.self))`), or any other `AsyncSequence`.
    public func put<S: AsyncSequence>(contentsOf values: S) async throws where S.Element: Encodable {
        for try await value in values { try await put(value) }
    }
}
