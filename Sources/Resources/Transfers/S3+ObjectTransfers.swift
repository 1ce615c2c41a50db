// The transfers boto3 injects into `s3.Object` (boto3/s3/inject.py), over the client's; and the
// downloads on `s3.ObjectSummary`, where boto3 injects only `load` (a convenience beyond boto3).

import Foundation

extension S3.Object {
    /// Uploads a local file to this object (boto3's `Object.upload_file`); see `Client.uploadFile`.
    public func uploadFile(Filename: String, ExtraArgs: Document = [:], Callback: TransferCallback? = nil,
                           Config: TransferConfig = TransferConfig()) async throws {
        try await resource.meta.client.uploadFile(Filename: Filename, Bucket: bucketName, Key: key, ExtraArgs: ExtraArgs, Callback: Callback,
                                                  Config: Config)
    }

    /// Downloads this object to a local file (boto3's `Object.download_file`); see `Client.downloadFile`.
    public func downloadFile(Filename: String, ExtraArgs: Document = [:], Callback: TransferCallback? = nil,
                             Config: TransferConfig = TransferConfig()) async throws {
        try await resource.meta.client.downloadFile(Bucket: bucketName, Key: key, Filename: Filename, ExtraArgs: ExtraArgs, Callback: Callback,
                                                    Config: Config)
    }

    /// Uploads the bytes of a stream to this object (boto3's `Object.upload_fileobj`); see `Client.uploadFileobj`.
    public func uploadFileobj<Bytes: AsyncSequence>(Fileobj: Bytes, ExtraArgs: Document = [:], Callback: TransferCallback? = nil,
                                                    Config: TransferConfig = TransferConfig()) async throws where Bytes.Element == Data {
        try await resource.meta.client.uploadFileobj(Fileobj: Fileobj, Bucket: bucketName, Key: key, ExtraArgs: ExtraArgs, Callback: Callback,
                                                     Config: Config)
    }

    /// Downloads this object into a sink (boto3's `Object.download_fileobj`); see `Client.downloadFileobj`.
    public func downloadFileobj(Fileobj: @escaping DownloadSink, ExtraArgs: Document = [:], Callback: TransferCallback? = nil,
                                Config: TransferConfig = TransferConfig()) async throws {
        try await resource.meta.client.downloadFileobj(Bucket: bucketName, Key: key, Fileobj: Fileobj, ExtraArgs: ExtraArgs, Callback: Callback,
                                                       Config: Config)
    }

    /// A managed copy of `CopySource` into this object (boto3's `Object.copy`); see `Client.copy`.
    public func copy(CopySource: Document, ExtraArgs: Document = [:], Callback: TransferCallback? = nil, SourceClient: Client? = nil,
                     Config: TransferConfig = TransferConfig()) async throws {
        try await resource.meta.client.copy(CopySource: CopySource, Bucket: bucketName, Key: key, ExtraArgs: ExtraArgs, Callback: Callback,
                                            SourceClient: SourceClient, Config: Config)
    }
}

extension S3.ObjectSummary {
    /// Downloads this object to a local file; see `Client.downloadFile`. (boto3 injects no
    /// transfers here; this saves the `object()` hop from a listing.)
    public func downloadFile(Filename: String, ExtraArgs: Document = [:], Callback: TransferCallback? = nil,
                             Config: TransferConfig = TransferConfig()) async throws {
        try await resource.meta.client.downloadFile(Bucket: bucketName, Key: key, Filename: Filename, ExtraArgs: ExtraArgs, Callback: Callback,
                                                    Config: Config)
    }

    /// Downloads this object into a sink; see `Client.downloadFileobj`.
    public func downloadFileobj(Fileobj: @escaping DownloadSink, ExtraArgs: Document = [:], Callback: TransferCallback? = nil,
                                Config: TransferConfig = TransferConfig()) async throws {
        try await resource.meta.client.downloadFileobj(Bucket: bucketName, Key: key, Fileobj: Fileobj, ExtraArgs: ExtraArgs, Callback: Callback,
                                                       Config: Config)
    }
}
