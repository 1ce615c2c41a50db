/// A batch writer could not write everything it was given: the first failure, and every write
/// that was not confirmed written, so nothing buffered goes unreported.
///
/// ```swift
/// do {
///     try await table.batchWriter { batch in for user in users { try await batch.put(user) } }
/// } catch let error as DynamoDBBatchWriteError {
///     print(error.underlying)             // e.g. a ClientError: ProvisionedThroughputExceededException
///     retryLater(error.unwritten)         // [DynamoDBWriteRequest], in the order they were given
/// }
/// ```
public struct DynamoDBBatchWriteError: Error, Sendable, CustomStringConvertible {
    /// The table written to.
    public let tableName: String
    /// What made the first batch fail (a `ClientError`, a transport error, cancellation).
    public let underlying: any Error
    /// Every write not confirmed written: the failed batches' (which may or may not have landed
    /// when the failure came after sending), those still buffered, and those handed over after
    /// the failure. The error `batchWriter` throws has them all.
    public let unwritten: [DynamoDBWriteRequest]
    /// The error the `batchWriter` closure threw, when it threw one besides the write failure.
    public let closureError: (any Error)?

    /// Creates the error.
    public init(tableName: String, underlying: any Error, unwritten: [DynamoDBWriteRequest], closureError: (any Error)? = nil) {
        self.tableName = tableName
        self.underlying = underlying
        self.unwritten = unwritten
        self.closureError = closureError
    }

    /// The failure and how many writes it left unwritten.
    public var description: String {
        "Batch writes to \(tableName) failed (\(underlying)); \(unwritten.count) write(s) were not confirmed written: they are in `unwritten`, to retry or report."
            + (closureError.map { " The batchWriter closure also threw: \($0)" } ?? "")
    }
}
