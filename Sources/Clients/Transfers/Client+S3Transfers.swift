import Foundation

extension Client {
    /// Uploads a local file to S3, as boto3's `client.upload_file`: one `PutObject` below
    /// `Config.multipartThreshold`, else a multipart upload whose parts are streamed from the
    /// file, `Config.maxConcurrency` at a time, each with a CRC32 checksum by default. The file is
    /// never read into memory whole.
    ///
    /// ```swift
    /// try await s3.uploadFile(Filename: "/tmp/video.mp4", Bucket: "media", Key: "video.mp4",
    ///                         ExtraArgs: ["ContentType": "video/mp4"], Callback: { print($0.transferredBytes) })
    /// ```
    /// - Parameters:
    ///   - Filename: the local file to upload.
    ///   - Bucket: the bucket to upload to.
    ///   - Key: the object's key.
    ///   - ExtraArgs: boto3's `ALLOWED_UPLOAD_ARGS` (`ACL`, `ContentType`, `Metadata`, `StorageClass`,
    ///     `ChecksumAlgorithm`, a whole-object `ChecksumCRC32`, ...); others throw
    ///     `S3TransferError(.invalidExtraArgument)` naming the closest allowed keys.
    ///   - Callback: called with each step of progress.
    ///   - Config: thresholds, part size and concurrency (boto3's `TransferConfig`).
    ///   - resumeUploadID: continues this multipart upload: its stored parts (listed with
    ///     `ListParts`, checked by size and CRC32) are not sent again.
    ///   - keepPartsOnFailure: on failure, leaves the multipart upload in place and puts its id in
    ///     the error's `uploadID`, for `resumeUploadID`; by default it is aborted, so no parts are
    ///     left stored.
    public func uploadFile(Filename: String, Bucket: String, Key: String, ExtraArgs: Document = [:], Callback: TransferCallback? = nil,
                           Config: TransferConfig = TransferConfig(), resumeUploadID: String? = nil,
                           keepPartsOnFailure: Bool = false) async throws {
        let transfer = try S3Transfer(client: self, config: Config, operation: "uploadFile")
        let extra = try TransferArguments.check(ExtraArgs, allowed: TransferArguments.upload, transfer: "uploadFile")
        try await transfer.uploadFile(URL(fileURLWithPath: Filename), bucket: Bucket, key: Key, extraArgs: extra, callback: Callback,
                                      resumption: UploadResumption(uploadID: resumeUploadID, keepPartsOnFailure: keepPartsOnFailure))
    }

    /// Downloads an S3 object to a local file, as boto3's `client.download_file`: the body is
    /// streamed to a temporary file next to `Filename` (from `Config.multipartThreshold` up, as
    /// ranged GETs of `multipartChunksize`, `maxConcurrency` at a time, each written at its
    /// offset, all pinned to the object's ETag), renamed over it once complete and removed on
    /// failure, so a failed download never leaves a partial file under the final name.
    ///
    /// ```swift
    /// try await s3.downloadFile(Bucket: "media", Key: "video.mp4", Filename: "/tmp/video.mp4")
    /// ```
    /// - Parameters:
    ///   - Bucket: the bucket to download from.
    ///   - Key: the object's key.
    ///   - Filename: the local file to write (replaced only once the download is complete).
    ///   - ExtraArgs: `VersionId`, `SSECustomerAlgorithm`, `SSECustomerKey`, `SSECustomerKeyMD5`,
    ///     `RequestPayer`, `ExpectedBucketOwner` and `ChecksumMode` (boto3's `ALLOWED_DOWNLOAD_ARGS`).
    ///   - Callback: called with each step of progress.
    ///   - Config: thresholds, part size and concurrency (boto3's `TransferConfig`).
    ///   - resumable: keeps the partial file (`<Filename>.s3partial`) and a record of its finished
    ///     ranges on failure; the next resumable download of the same, unchanged object (same
    ///     ETag and size) to the same file reads only the missing ranges.
    public func downloadFile(Bucket: String, Key: String, Filename: String, ExtraArgs: Document = [:], Callback: TransferCallback? = nil,
                             Config: TransferConfig = TransferConfig(), resumable: Bool = false) async throws {
        let transfer = try S3Transfer(client: self, config: Config, operation: "downloadFile")
        let extra = try TransferArguments.check(ExtraArgs, allowed: TransferArguments.download, transfer: "downloadFile")
        try await transfer.downloadFile(bucket: Bucket, key: Key, file: Filename, extraArgs: extra, callback: Callback, resumable: resumable)
    }

    /// Uploads the bytes of any `AsyncSequence` of `Data` (boto3's `upload_fileobj`): one
    /// `PutObject` when it ends below the threshold, else parts cut as it is read, at most
    /// `maxConcurrency + 1` parts held in memory. A failure aborts the multipart upload.
    ///
    /// ```swift
    /// let chunks: AsyncThrowingStream<Data, any Error> = ...
    /// try await s3.uploadFileobj(Fileobj: chunks, Bucket: "b", Key: "big.bin")
    /// ```
    public func uploadFileobj<Bytes: AsyncSequence>(Fileobj: Bytes, Bucket: String, Key: String, ExtraArgs: Document = [:],
                                                    Callback: TransferCallback? = nil, Config: TransferConfig = TransferConfig())
        async throws where Bytes.Element == Data {
        let transfer = try S3Transfer(client: self, config: Config, operation: "uploadFileobj")
        let extra = try TransferArguments.check(ExtraArgs, allowed: TransferArguments.upload, transfer: "uploadFileobj")
        try await transfer.uploadStream(Fileobj, bucket: Bucket, key: Key, extraArgs: extra, callback: Callback)
    }

    /// Downloads an object into a sink called with each chunk in order (boto3's
    /// `download_fileobj`); ranges are fetched `maxConcurrency` at a time above the threshold.
    ///
    /// ```swift
    /// try await s3.downloadFileobj(Bucket: "b", Key: "big.bin", Fileobj: { chunk in try handle.write(contentsOf: chunk) })
    /// ```
    public func downloadFileobj(Bucket: String, Key: String, Fileobj: @escaping DownloadSink, ExtraArgs: Document = [:],
                                Callback: TransferCallback? = nil, Config: TransferConfig = TransferConfig()) async throws {
        let transfer = try S3Transfer(client: self, config: Config, operation: "downloadFileobj")
        let extra = try TransferArguments.check(ExtraArgs, allowed: TransferArguments.download, transfer: "downloadFileobj")
        try await transfer.downloadStream(bucket: Bucket, key: Key, extraArgs: extra, sink: Fileobj, callback: Callback)
    }

    /// A managed copy (boto3's `client.copy`): one `CopyObject` below `Config.multipartThreshold`,
    /// else `UploadPartCopy` parts `maxConcurrency` at a time, which copies objects over 5 GiB.
    ///
    /// ```swift
    /// try await s3.copy(CopySource: ["Bucket": "src", "Key": "k"], Bucket: "b", Key: "k2")
    /// ```
    /// `CopySource` is a map with `Bucket`, `Key` and optionally `VersionId`, or `"bucket/key"`;
    /// `ExtraArgs` takes boto3's `ALLOWED_COPY_ARGS`; `SourceClient` (default: this client)
    /// reads the source's size.
    public func copy(CopySource: Document, Bucket: String, Key: String, ExtraArgs: Document = [:], Callback: TransferCallback? = nil,
                     SourceClient: Client? = nil, Config: TransferConfig = TransferConfig()) async throws {
        let transfer = try S3Transfer(client: self, config: Config, operation: "copy")
        let extra = try TransferArguments.check(ExtraArgs, allowed: TransferArguments.copy, transfer: "copy")
        try await transfer.copy(source: CopySource, bucket: Bucket, key: Key, extraArgs: extra, callback: Callback, sourceClient: SourceClient)
    }
}
