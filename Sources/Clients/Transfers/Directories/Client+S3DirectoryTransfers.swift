import Foundation

extension Client {
    /// Uploads the regular files under a local folder, each to `prefix` + its path relative to
    /// the folder (`/`-separated), as the AWS CLI's `s3 cp --recursive` and the newer transfer
    /// managers do. Files run `Config.maxConcurrency` at a time, each as `uploadFile` would send it.
    ///
    /// ```swift
    /// let result = try await s3.uploadDirectory(URL(fileURLWithPath: "site"), bucket: "b", prefix: "site/", include: ["*.html"])
    /// for failure in result.failed { print(failure) }
    /// ```
    /// - Parameters:
    ///   - directory: the local folder to upload.
    ///   - bucket: the bucket to upload to.
    ///   - prefix: the key prefix; a `/` is added when it is not empty and lacks one.
    ///   - include: glob patterns a relative path must match one of (all files when empty).
    ///   - exclude: glob patterns that leave a file out (winning over `include`).
    ///   - followSymlinks: follow symbolic links (to files and folders, each folder walked once);
    ///     by default links are skipped and listed in `result.skipped`.
    ///   - failurePolicy: go on and report failures (default), or stop at the first and throw
    ///     `DirectoryTransferError`.
    ///   - ExtraArgs: boto3's `ALLOWED_UPLOAD_ARGS`, applied to every file.
    ///   - Callback: progress of each file (`TransferProgress.key` tells them apart).
    ///   - Config: thresholds, part size and concurrency (boto3's `TransferConfig`).
    public func uploadDirectory(_ directory: URL, bucket: String, prefix: String = "", include: [String] = [], exclude: [String] = [],
                                followSymlinks: Bool = false, failurePolicy: DirectoryFailurePolicy = .continueAndReport,
                                ExtraArgs: Document = [:], Callback: TransferCallback? = nil,
                                Config: TransferConfig = TransferConfig()) async throws -> DirectoryTransferResult {
        let transfer = try S3Transfer(client: self, config: Config, operation: "uploadDirectory")
        let extra = try TransferArguments.check(ExtraArgs, allowed: TransferArguments.upload, transfer: "uploadDirectory")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw S3TransferError(.fileAccess, "\(directory.path) is not a folder: pass the folder to upload.")
        }
        let keyPrefix = prefix.isEmpty || prefix.hasSuffix("/") ? prefix : prefix + "/"
        let filter = PathFilter(include: include, exclude: exclude)
        let (files, skipped) = try LocalFolderWalk(root: directory, followSymlinks: followSymlinks).files()
        let jobs = files.filter { filter.accepts($0.relativePath) }.map { file in
            let key = keyPrefix + file.relativePath
            return DirectoryTransfer.Job(key: key, path: file.url.path, size: file.size) {
                try await transfer.uploadFile(file.url, bucket: bucket, key: key, extraArgs: extra, callback: Callback,
                                              resumption: UploadResumption(uploadID: nil, keepPartsOnFailure: false))
                return file.size
            }
        }
        return try await DirectoryTransfer(limit: Config.concurrency, policy: failurePolicy).run(jobs, skipped: skipped)
    }

    /// Downloads the objects under `prefix` into a local folder, each to its key relative to the
    /// prefix. A key that would write outside the folder (`..`, `.`, an absolute path, a folder
    /// on the way that is a symbolic link) is never written and is listed as failed; folder
    /// marker keys (ending in `/`) are skipped. Files run `Config.maxConcurrency` at a time, each
    /// as `downloadFile` would fetch it (temporary file, renamed on success).
    ///
    /// ```swift
    /// let result = try await s3.downloadDirectory(bucket: "b", prefix: "site/", to: URL(fileURLWithPath: "out"))
    /// ```
    public func downloadDirectory(bucket: String, prefix: String = "", to directory: URL, include: [String] = [], exclude: [String] = [],
                                  failurePolicy: DirectoryFailurePolicy = .continueAndReport, ExtraArgs: Document = [:],
                                  Callback: TransferCallback? = nil, Config: TransferConfig = TransferConfig()) async throws
        -> DirectoryTransferResult {
        let transfer = try S3Transfer(client: self, config: Config, operation: "downloadDirectory")
        let extra = try TransferArguments.check(ExtraArgs, allowed: TransferArguments.download, transfer: "downloadDirectory")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw S3TransferError(.fileAccess, "Cannot create \(directory.path): \(error.localizedDescription)", underlyingError: error)
        }
        let root = directory.resolvingSymlinksInPath()
        let filter = PathFilter(include: include, exclude: exclude)
        var jobs: [DirectoryTransfer.Job] = []
        var skipped: [DirectoryTransferResult.Skipped] = []
        for try await page in paginator("listObjectsV2").paginate(Bucket: .string(bucket), Prefix: .string(prefix)) {
            for object in page["Contents"]?.array ?? [] {
                guard let key = object["Key"]?.string else { continue }
                if key.hasSuffix("/") {
                    skipped.append(.init(name: key, reason: "a folder marker"))
                    continue
                }
                var relative = Substring(key.dropFirst(prefix.count))
                while relative.hasPrefix("/") { relative = relative.dropFirst() }
                guard filter.accepts(String(relative)) else { continue }
                let size = Int64(object["Size"]?.int ?? 0)
                // The listing's size and ETag stand in for a HeadObject per file; a version or
                // SSE-C key in ExtraArgs could change either, so those still ask.
                let listed = extra.isEmpty ? S3Transfer.ObjectHead(size: size, eTag: object["ETag"]?.string) : nil
                let relativeKey = String(relative)
                jobs.append(DirectoryTransfer.Job(key: key, path: root.path + "/" + relativeKey, size: size) {
                    let file = try SafeDownloadPath.prepare(relativeKey, under: root)
                    try await transfer.downloadFile(bucket: bucket, key: key, file: file.path, extraArgs: extra, callback: Callback,
                                                    resumable: false, knownHead: listed)
                    return size
                })
            }
        }
        return try await DirectoryTransfer(limit: Config.concurrency, policy: failurePolicy).run(jobs, skipped: skipped)
    }
}
