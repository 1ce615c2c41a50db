import Synchronization

/// Buffers puts and deletes for one table and sends them with `BatchWriteItem` 25 at a time, as
/// boto3's `BatchWriter`; made by `table.batchWriter(overwriteByPKeys:_:)`.
///
/// ```swift
/// try await table.batchWriter(overwriteByPKeys: ["id"]) { batch in
///     try await batch.putItem(Item: ["id": "u2", "age": 30])
///     try await batch.deleteItem(Key: ["id": "u3"])
///     try await batch.put(User(id: "u4", age: 41))
/// }   // what is left is flushed here
/// ```
/// - A write that makes the buffer reach 25 sends the first 25 (that call waits for the request).
/// - Writes DynamoDB returns in `UnprocessedItems` go back into the buffer and are resent; while
///   DynamoDB keeps returning some, each send waits longer first (exponential backoff with
///   jitter, from 50 ms up to 5 s), until none are left.
/// - With `overwriteByPKeys`, a write replaces a buffered one with the same values of those
///   attributes, as boto3 de-duplicates.
/// - Safe from concurrent tasks inside the closure: the buffer is shared and locked, and batches
///   fill and send concurrently.
/// - After a failure the writer sends nothing more: later writes throw at once, and `batchWriter`
///   throws `DynamoDBBatchWriteError` with every write not confirmed written.
public final class DynamoDBBatchWriter: Sendable {
    /// The table written to.
    public let tableName: String
    /// The attributes whose values identify an item for de-duplication, if any.
    public let overwriteByPKeys: [String]?
    /// How `put(_:)` encodes `Codable` items.
    public let encoder: DynamoDBEncoder

    let client: Client
    let flushAmount: Int
    let backoff: DynamoDBBackoff

    private struct State {
        var buffer: [DynamoDBQueuedWrite] = []
        var unwritten: [DynamoDBQueuedWrite] = []
        var failure: (any Error)?
        var isClosed = false
        /// Sends in a row that returned unprocessed writes (the backoff's attempt).
        var unprocessedStreak = 0
    }

    private let state = Mutex(State())

    init(tableName: String, client: Client, overwriteByPKeys: [String]?, encoder: DynamoDBEncoder,
         flushAmount: Int = 25, backoff: DynamoDBBackoff = DynamoDBBackoff()) {
        self.tableName = tableName
        self.client = client
        self.overwriteByPKeys = overwriteByPKeys.flatMap { $0.isEmpty ? nil : $0 }
        self.encoder = encoder
        self.flushAmount = flushAmount
        self.backoff = backoff
    }

    /// Queues a put of `Item` (boto3's `put_item`), sending a batch when 25 are buffered.
    /// Throws `DynamoDBTypeError` for an item DynamoDB cannot hold (nothing is queued then), and
    /// `DynamoDBBatchWriteError` once a batch has failed.
    public func putItem(Item: some DynamoDBValueConvertible) async throws {
        try await add(.put(item: try Self.attributes(Item, role: "Item")))
    }

    /// Queues a delete of the item with `Key` (boto3's `delete_item`).
    public func deleteItem(Key: some DynamoDBValueConvertible) async throws {
        try await add(.delete(key: try Self.attributes(Key, role: "Key")))
    }

    /// Queues `request`.
    public func write(_ request: DynamoDBWriteRequest) async throws {
        try await add(request)
    }

    private static func attributes(_ value: some DynamoDBValueConvertible, role: String) throws -> [String: DynamoDBValue] {
        let converted: DynamoDBValue
        do { converted = try value.dynamoDBValue() } catch let error as DynamoDBTypeError { throw error.inside(role) }
        guard case .map(let attributes) = converted else {
            throw DynamoDBTypeError(.unsupportedType, "\(role) must be a map of attribute names to values.")
        }
        return attributes
    }

    private func add(_ request: DynamoDBWriteRequest) async throws {
        let queued = try DynamoDBQueuedWrite(request)
        let keyValues = try overwriteByPKeys.map { try self.keyValues(of: request, names: $0) }
        let batch: [DynamoDBQueuedWrite]? = try state.withLock { state in
            if state.isClosed {
                throw ResourceError(.unsupported, "The batch writer of \(tableName) is closed: its batchWriter closure has returned, so write inside the closure.")
            }
            if let failure = state.failure {
                state.unwritten.append(queued)
                throw DynamoDBBatchWriteError(tableName: tableName, underlying: failure, unwritten: state.unwritten.map(\.request))
            }
            if let keyValues, let names = overwriteByPKeys {
                state.buffer.removeAll { (try? self.keyValues(of: $0.request, names: names)) == keyValues }
            }
            state.buffer.append(queued)
            return Self.takeBatch(from: &state, size: flushAmount, onlyWhenFull: true)
        }
        if let batch { try await send(batch) }
    }

    /// The values of `names` in the request's item or key (boto3's `_extract_pkey_values`).
    private func keyValues(of request: DynamoDBWriteRequest, names: [String]) throws -> [DynamoDBValue] {
        let attributes = request.attributes
        return try names.map { name in
            guard let value = attributes[name] else {
                throw DynamoDBTypeError(.unsupportedType, "overwriteByPKeys names \(name), which the write lacks: every put and delete needs the primary key attributes.")
            }
            return value
        }
    }

    /// Up to `size` writes from the front of the buffer; with `onlyWhenFull`, none until `size` are buffered.
    private static func takeBatch(from state: inout State, size: Int, onlyWhenFull: Bool) -> [DynamoDBQueuedWrite]? {
        guard state.failure == nil, !state.buffer.isEmpty, !onlyWhenFull || state.buffer.count >= size else { return nil }
        let count = min(size, state.buffer.count)
        let batch = Array(state.buffer.prefix(count))
        state.buffer.removeFirst(count)
        return batch
    }

    /// Sends one batch (after the backoff while DynamoDB returns unprocessed writes); puts what it
    /// returns unprocessed back into the buffer. On failure, records it and throws.
    private func send(_ batch: [DynamoDBQueuedWrite]) async throws {
        do {
            let streak = state.withLock { $0.unprocessedStreak }
            if streak > 0 { try await backoff.wait(attempt: streak) }
            let response = try await client.call("BatchWriteItem", ["RequestItems": .map([tableName: .list(batch.map(\.wire))])])
            let unprocessed = try (response["UnprocessedItems"]?[tableName]?.array ?? []).map(DynamoDBQueuedWrite.init(unprocessed:))
            state.withLock { state in
                state.unprocessedStreak = unprocessed.isEmpty ? 0 : state.unprocessedStreak + 1
                state.buffer.append(contentsOf: unprocessed)
            }
        } catch {
            let unwritten = state.withLock { state in
                if state.failure == nil { state.failure = error }
                state.unwritten.append(contentsOf: batch)
                return state.unwritten.map(\.request)
            }
            throw DynamoDBBatchWriteError(tableName: tableName, underlying: error, unwritten: unwritten)
        }
    }

    /// Sends everything still buffered (boto3's `__exit__`), then closes the writer. Throws
    /// `DynamoDBBatchWriteError` with every unwritten write when a batch failed, else rethrows
    /// `closureError`.
    func finish(closureError: (any Error)?) async throws {
        while let batch = state.withLock({ Self.takeBatch(from: &$0, size: flushAmount, onlyWhenFull: false) }) {
            do { try await send(batch) } catch { break }
        }
        let failure: (any Error, [DynamoDBWriteRequest])? = state.withLock { state in
            state.isClosed = true
            guard let failure = state.failure else { return nil }
            state.unwritten.append(contentsOf: state.buffer)
            state.buffer.removeAll()
            return (failure, state.unwritten.map(\.request))
        }
        if let (underlying, unwritten) = failure {
            let ownError = closureError.flatMap { $0 is DynamoDBBatchWriteError ? nil : $0 }
            throw DynamoDBBatchWriteError(tableName: tableName, underlying: underlying, unwritten: unwritten, closureError: ownError)
        }
        if let closureError { throw closureError }
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
