extension Client {
    /// Uploads a local file to S3, as boto3's `client.upload_file`: one `PutObject` below
    /// `config.multipartThreshold`, else a multipart upload whose parts are streamed from the
    /// file, `config.maxConcurrency` at a time (aborted if any part fails). The file is never
    /// read into memory whole.
    ///
    /// ```swift
    /// try await s3.uploadFile(Filename: "/tmp/video.mp4", Bucket: "media", Key: "video.mp4",
    ///                         ExtraArgs: ["ContentType": "video/mp4"])
    /// ```
    /// `ExtraArgs` takes the keys boto3 allows (`ACL`, `ContentType`, `Metadata`, `StorageClass`,
    /// `ServerSideEncryption`, `SSECustomerKey`, `ChecksumAlgorithm`, ...); others throw
    /// `S3TransferError(.invalidExtraArgument)`, as does any client but S3's
    /// (`.unsupportedService`).
    public func uploadFile(Filename: String, Bucket: String, Key: String, ExtraArgs: Document = [:],
                           Config: TransferConfig = TransferConfig()) async throws {
        try await (try S3Transfer(client: self, config: Config)).upload(file: Filename, bucket: Bucket, key: Key, extraArgs: ExtraArgs)
    }

    /// Downloads an S3 object to a local file, as boto3's `client.download_file`: the body is
    /// streamed to a temporary file next to `Filename` (from `config.multipartThreshold` up, as
    /// ranged GETs of `multipartChunksize`, `maxConcurrency` at a time, each written at its
    /// offset), renamed over it once complete (and removed on failure), so memory use stays small
    /// whatever the object's size.
    ///
    /// ```swift
    /// try await s3.downloadFile(Bucket: "media", Key: "video.mp4", Filename: "/tmp/video.mp4")
    /// ```
    /// `ExtraArgs` takes `VersionId`, `SSECustomerAlgorithm`, `SSECustomerKey`, `SSECustomerKeyMD5`,
    /// `RequestPayer`, `ExpectedBucketOwner` and `ChecksumMode`. The body's checksum is verified
    /// as it streams when S3 sends one.
    public func downloadFile(Bucket: String, Key: String, Filename: String, ExtraArgs: Document = [:],
                             Config: TransferConfig = TransferConfig()) async throws {
        try await (try S3Transfer(client: self, config: Config)).download(bucket: Bucket, key: Key, file: Filename, extraArgs: ExtraArgs)
    }
}
