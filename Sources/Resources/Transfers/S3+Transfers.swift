// The file transfers boto3 injects into `s3.Bucket` and `s3.Object` (boto3/s3/inject.py),
// over `Client.uploadFile` / `Client.downloadFile`.

extension S3.Bucket {
    /// Uploads a local file to this bucket under `Key` (boto3's `Bucket.upload_file`), in parts
    /// above `Config.multipartThreshold`; see `Client.uploadFile`.
    public func uploadFile(Filename: String, Key: String, ExtraArgs: Document = [:], Config: TransferConfig = TransferConfig()) async throws {
        try await resource.meta.client.uploadFile(Filename: Filename, Bucket: name, Key: Key, ExtraArgs: ExtraArgs, Config: Config)
    }

    /// Downloads the object `Key` of this bucket to a local file (boto3's `Bucket.download_file`);
    /// see `Client.downloadFile`.
    public func downloadFile(Key: String, Filename: String, ExtraArgs: Document = [:], Config: TransferConfig = TransferConfig()) async throws {
        try await resource.meta.client.downloadFile(Bucket: name, Key: Key, Filename: Filename, ExtraArgs: ExtraArgs, Config: Config)
    }
}

extension S3.Object {
    /// Uploads a local file to this object (boto3's `Object.upload_file`); see `Client.uploadFile`.
    public func uploadFile(Filename: String, ExtraArgs: Document = [:], Config: TransferConfig = TransferConfig()) async throws {
        try await resource.meta.client.uploadFile(Filename: Filename, Bucket: bucketName, Key: key, ExtraArgs: ExtraArgs, Config: Config)
    }

    /// Downloads this object to a local file (boto3's `Object.download_file`); see `Client.downloadFile`.
    public func downloadFile(Filename: String, ExtraArgs: Document = [:], Config: TransferConfig = TransferConfig()) async throws {
        try await resource.meta.client.downloadFile(Bucket: bucketName, Key: key, Filename: Filename, ExtraArgs: ExtraArgs, Config: Config)
    }
}
