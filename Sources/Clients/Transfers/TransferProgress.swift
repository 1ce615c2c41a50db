/// One step of a transfer's progress, handed to a `Callback` (boto3 calls its callbacks with the
/// bytes of the step; this carries the running total and the size too).
///
/// ```swift
/// try await s3.uploadFile(Filename: "/tmp/a.bin", Bucket: "b", Key: "a.bin", Callback: { progress in
///     print("\(progress.transferredBytes) of \(progress.totalBytes ?? 0)")
/// })
/// ```
/// `transferredBytes` only grows and never passes `totalBytes`: bytes re-sent by a retry are not
/// counted twice, and a resumed transfer starts with one step for the bytes already there.
public struct TransferProgress: Sendable, Hashable {
    /// The bucket written or read.
    public let bucket: String
    /// The key written or read.
    public let key: String
    /// Bytes completed by this step.
    public let bytes: Int64
    /// Bytes completed so far, this step included.
    public let transferredBytes: Int64
    /// The transfer's size; `nil` for a stream upload until its end is read.
    public let totalBytes: Int64?

    /// Creates a progress step.
    public init(bucket: String, key: String, bytes: Int64, transferredBytes: Int64, totalBytes: Int64?) {
        self.bucket = bucket
        self.key = key
        self.bytes = bytes
        self.transferredBytes = transferredBytes
        self.totalBytes = totalBytes
    }

    /// The fraction done, from 0 to 1; `nil` while the size is unknown.
    public var fraction: Double? {
        guard let totalBytes else { return nil }
        return totalBytes == 0 ? 1 : Double(transferredBytes) / Double(totalBytes)
    }
}

/// A progress callback: called once per step, in order, never concurrently for one transfer.
public typealias TransferCallback = @Sendable (TransferProgress) -> Void

/// Progress as an `AsyncSequence`: pass `callback` as a transfer's `Callback`, and iterate.
///
/// ```swift
/// let progress = TransferProgressStream()
/// async let upload: Void = s3.uploadFile(Filename: path, Bucket: "b", Key: "k", Callback: progress.callback)
/// for await step in progress { print(step.transferredBytes) }   // ends with the last byte
/// try await upload
/// ```
/// The sequence ends when a step reaches the total; call `finish()` to end it early (when the
/// transfer throws, say).
public struct TransferProgressStream: AsyncSequence, Sendable {
    /// Each step.
    public typealias Element = TransferProgress
    private let events: AsyncStream<TransferProgress>
    private let continuation: AsyncStream<TransferProgress>.Continuation

    /// A new, empty stream.
    public init() {
        (events, continuation) = AsyncStream<TransferProgress>.makeStream(bufferingPolicy: .unbounded)
    }

    /// The callback feeding the stream.
    public var callback: TransferCallback {
        { [continuation] step in
            continuation.yield(step)
            if let total = step.totalBytes, step.transferredBytes >= total { continuation.finish() }
        }
    }

    /// Ends the sequence.
    public func finish() { continuation.finish() }

    /// Iterates the steps.
    public func makeAsyncIterator() -> AsyncStream<TransferProgress>.AsyncIterator { events.makeAsyncIterator() }
}
