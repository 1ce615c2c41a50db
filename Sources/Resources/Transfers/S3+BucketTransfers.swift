// The transfers boto3 injects into `s3.Bucket` (boto3/s3/inject.py), over the client's.

import Foundation

extension S3.Bucket {
    /// Uploads a local file to this bucket under `Key` (boto3's `Bucket.upload_file`); see `Client.uploadFile`.
    public func uploadFile(Filename: String, Key: String, ExtraArgs: Document = [:], Callback: TransferCallback? = nil,
                           Config: TransferConfig = TransferConfig()) async throws {
        try await resource.meta.client.uploadFile(Filename: Filename, Bucket: name, Key: Key, ExtraArgs: ExtraArgs, Callback: Callback,
                                                  Config: Config)
    }

    /// Downloads the object `Key` of this bucket to a local file (boto3's `Bucket.download_file`);
    /// see `Client.downloadFile`.
    public func downloadFile(Key: String, Filename: String, ExtraArgs: Document = [:], Callback: TransferCallback? = nil,
                             Config: TransferConfig = TransferConfig()) async throws {
        try await resource.meta.client.downloadFile(Bucket: name, Key: Key, Filename: Filename, ExtraArgs: ExtraArgs, Callback: Callback,
                                                    Config: Config)
    }

    /// Uploads the bytes of a stream to `Key` (boto3's `Bucket.upload_fileobj`); see `Client.uploadFileobj`.
    public func uploadFileobj<Bytes: AsyncSequence>(Fileobj: Bytes, Key: String, ExtraArgs: Document = [:], Callback: TransferCallback? = nil,
                                                    Config: TransferConfig = TransferConfig()) async throws where Bytes.Element == Data {
        try await resource.meta.client.uploadFileobj(Fileobj: Fileobj, Bucket: name, Key: Key, ExtraArgs: ExtraArgs, Callback: Callback,
                                                     Config: Config)
    }

    /// Downloads the object `Key` into a sink (boto3's `Bucket.download_fileobj`); see `Client.downloadFileobj`.
    public func downloadFileobj(Key: String, Fileobj: @escaping DownloadSink, ExtraArgs: Document = [:], Callback: TransferCallback? = nil,
                                Config: TransferConfig = TransferConfig()) async throws {
        try await resource.meta.client.downloadFileobj(Bucket: name, Key: Key, Fileobj: Fileobj, ExtraArgs: ExtraArgs, Callback: Callback,
                                                       Config: Config)
    }

    /// A managed copy of `CopySource` to `Key` in this bucket (boto3's `Bucket.copy`); see `Client.copy`.
    public func copy(CopySource: Document, Key: String, ExtraArgs: Document = [:], Callback: TransferCallback? = nil,
                     SourceClient: Client? = nil, Config: TransferConfig = TransferConfig()) async throws {
        try await resource.meta.client.copy(CopySource: CopySource, Bucket: name, Key: Key, ExtraArgs: ExtraArgs, Callback: Callback,
                                            SourceClient: SourceClient, Config: Config)
    }
}
