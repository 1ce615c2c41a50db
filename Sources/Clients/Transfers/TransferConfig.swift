/// How `uploadFile` and `downloadFile` split and parallelize a transfer (boto3's
/// `boto3.s3.transfer.TransferConfig`, with its defaults).
public struct TransferConfig: Sendable, Hashable {
    /// Files of at least this many bytes are uploaded in parts (8 MiB).
    public var multipartThreshold: Int64
    /// The size of each part (8 MiB); raised when a file would need more than 10,000 parts, and
    /// kept between S3's limits of 5 MiB and 5 GiB.
    public var multipartChunksize: Int64
    /// Parts sent at the same time (10).
    public var maxConcurrency: Int

    /// Creates a configuration.
    public init(multipartThreshold: Int64 = 8 << 20, multipartChunksize: Int64 = 8 << 20, maxConcurrency: Int = 10) {
        self.multipartThreshold = multipartThreshold
        self.multipartChunksize = multipartChunksize
        self.maxConcurrency = maxConcurrency
    }

    /// The part size for a file of `size` bytes, as s3transfer's `ChunksizeAdjuster`.
    func partSize(forFileOf size: Int64) -> Int64 {
        var chunk = min(max(multipartChunksize, 5 << 20), 5 << 30)
        while (size + chunk - 1) / chunk > 10_000 { chunk *= 2 }
        return chunk
    }
}
