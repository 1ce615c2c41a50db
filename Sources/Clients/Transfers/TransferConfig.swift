/// How S3 transfers split, parallelize and pace their requests: boto3's
/// `boto3.s3.transfer.TransferConfig`, with every field and boto3's defaults.
///
/// ```swift
/// let config = TransferConfig(multipartThreshold: 64 << 20, maxConcurrency: 4, maxBandwidth: 50 << 20)
/// try await s3.uploadFile(Filename: "/tmp/big.bin", Bucket: "b", Key: "big.bin", Config: config)
/// ```
/// Part sizes follow s3transfer's rules: `multipartChunksize` is kept between 5 MiB and 5 GiB, and
/// doubled until a transfer needs at most 10,000 parts. Out-of-range values throw
/// `S3TransferError(.invalidConfig)` when a transfer starts, every problem listed at once.
public struct TransferConfig: Sendable, Hashable {
    /// Transfers of at least this many bytes are made in parts (8 MiB).
    public var multipartThreshold: Int64
    /// The size of each part (8 MiB), adjusted to S3's limits (see above).
    public var multipartChunksize: Int64
    /// Requests in flight at once for one transfer, and files at once for a directory (10).
    public var maxConcurrency: Int
    /// Attempts at reading one range of a download when the body breaks off after a good
    /// response (5); a retried range continues where it stopped. Service errors and failed
    /// connections are retried by the client's own retry policy first.
    public var numDownloadAttempts: Int
    /// Chunks a stream upload (`uploadFileobj`) may read ahead of the parts being sent (100).
    public var maxIOQueue: Int
    /// The largest chunk handed to a download sink or read from disk at once (256 KiB).
    public var ioChunksize: Int
    /// Whether parts run concurrently (true); `false` makes every transfer one request at a time,
    /// as boto3 does without threads.
    public var useThreads: Bool
    /// The most bytes per second a transfer sends or receives (`nil`: unlimited), paced per chunk
    /// for downloads and per part for uploads and copies.
    public var maxBandwidth: Int64?

    /// Creates a configuration; every argument defaults to boto3's value.
    public init(multipartThreshold: Int64 = 8 << 20, multipartChunksize: Int64 = 8 << 20, maxConcurrency: Int = 10,
                numDownloadAttempts: Int = 5, maxIOQueue: Int = 100, ioChunksize: Int = 256 << 10, useThreads: Bool = true,
                maxBandwidth: Int64? = nil) {
        self.multipartThreshold = multipartThreshold
        self.multipartChunksize = multipartChunksize
        self.maxConcurrency = maxConcurrency
        self.numDownloadAttempts = numDownloadAttempts
        self.maxIOQueue = maxIOQueue
        self.ioChunksize = ioChunksize
        self.useThreads = useThreads
        self.maxBandwidth = maxBandwidth
    }

    /// S3's smallest part (except the last): 5 MiB.
    static let minimumPartSize: Int64 = 5 << 20
    /// S3's largest part: 5 GiB.
    static let maximumPartSize: Int64 = 5 << 30
    /// S3's most parts in one upload.
    static let maximumPartCount: Int64 = 10_000

    /// The part size for a transfer of `size` bytes, as s3transfer's `ChunksizeAdjuster`: doubled
    /// until at most 10,000 parts are needed, then kept between 5 MiB and 5 GiB.
    func partSize(forFileOf size: Int64) -> Int64 {
        var chunk = max(multipartChunksize, 1)
        while (size + chunk - 1) / chunk > Self.maximumPartCount { chunk *= 2 }
        return min(max(chunk, Self.minimumPartSize), Self.maximumPartSize)
    }

    /// The part size for a stream of unknown length (s3transfer's adjustment without a size).
    var streamPartSize: Int64 { min(max(multipartChunksize, Self.minimumPartSize), Self.maximumPartSize) }

    /// Requests in flight at once: 1 without threads.
    var concurrency: Int { useThreads ? maxConcurrency : 1 }

    /// Throws listing every field out of range.
    func validate() throws {
        var problems: [String] = []
        if multipartThreshold < 0 { problems.append("multipartThreshold must be at least 0, got \(multipartThreshold)") }
        if multipartChunksize < 1 { problems.append("multipartChunksize must be at least 1, got \(multipartChunksize)") }
        if maxConcurrency < 1 { problems.append("maxConcurrency must be at least 1, got \(maxConcurrency)") }
        if numDownloadAttempts < 1 { problems.append("numDownloadAttempts must be at least 1, got \(numDownloadAttempts)") }
        if maxIOQueue < 1 { problems.append("maxIOQueue must be at least 1, got \(maxIOQueue)") }
        if ioChunksize < 1 { problems.append("ioChunksize must be at least 1, got \(ioChunksize)") }
        if let maxBandwidth, maxBandwidth < 1 { problems.append("maxBandwidth must be at least 1 byte per second or nil, got \(maxBandwidth)") }
        guard problems.isEmpty else {
            throw S3TransferError(.invalidConfig, "Invalid TransferConfig: " + problems.joined(separator: "; ") + ".")
        }
    }
}
