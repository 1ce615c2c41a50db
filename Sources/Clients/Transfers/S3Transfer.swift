import Foundation

/// The engine behind `Client.uploadFile` / `downloadFile` (s3transfer's semantics, without its
/// thread pools: parts run in a bounded task group).
struct S3Transfer {
    let client: Client
    let config: TransferConfig

    /// `ExtraArgs` keys an upload accepts (s3transfer's `ALLOWED_UPLOAD_ARGS`).
    static let allowedUploadArgs: Set<String> = Set<String>([
        "ACL", "CacheControl", "ChecksumAlgorithm", "ContentDisposition", "ContentEncoding", "ContentLanguage",
        "ContentType", "ExpectedBucketOwner", "Expires", "GrantFullControl", "GrantRead", "GrantReadACP", "GrantWriteACP",
        "Metadata", "ObjectLockLegalHoldStatus", "ObjectLockMode", "ObjectLockRetainUntilDate", "RequestPayer",
        "ServerSideEncryption", "StorageClass", "SSECustomerAlgorithm", "SSECustomerKey", "SSECustomerKeyMD5", "SSEKMSKeyId",
        "SSEKMSEncryptionContext", "Tagging", "WebsiteRedirectLocation", "ChecksumType", "MpuObjectSize",
    ]).union(fullObjectChecksumArgs)
    /// `ExtraArgs` keys a download accepts (`ALLOWED_DOWNLOAD_ARGS`).
    static let allowedDownloadArgs: Set<String> = [
        "ChecksumMode", "VersionId", "SSECustomerAlgorithm", "SSECustomerKey", "SSECustomerKeyMD5", "RequestPayer", "ExpectedBucketOwner",
    ]
    static let fullObjectChecksumArgs: Set<String> = [
        "ChecksumCRC32", "ChecksumCRC32C", "ChecksumCRC64NVME", "ChecksumMD5", "ChecksumSHA1", "ChecksumSHA256",
    ]
    static let uploadPartArgs: Set<String> = [
        "ChecksumAlgorithm", "SSECustomerKey", "SSECustomerAlgorithm", "SSECustomerKeyMD5", "RequestPayer", "ExpectedBucketOwner",
    ]
    static let completeArgs: Set<String> = Set<String>([
        "SSECustomerKey", "SSECustomerAlgorithm", "SSECustomerKeyMD5", "RequestPayer", "ExpectedBucketOwner", "ChecksumType", "MpuObjectSize",
    ]).union(fullObjectChecksumArgs)

    init(client: Client, config: TransferConfig) throws {
        guard client.meta.serviceName == "s3" else {
            throw S3TransferError(.unsupportedService, "uploadFile and downloadFile are S3 transfers; this client is for "
                                  + "\(client.meta.serviceName). Create one with session.client(\"s3\").")
        }
        self.client = client
        self.config = config
    }

    /// The `ExtraArgs` entries, checked against `allowed`.
    static func extraArguments(_ extraArgs: Document, allowed: Set<String>) throws -> [String: Document] {
        if extraArgs.isNull { return [:] }
        guard case .map(let entries) = extraArgs else {
            throw S3TransferError(.invalidExtraArgument, "ExtraArgs must be a map of parameter names to values, got \(extraArgs)")
        }
        for key in entries.keys.sorted() where !allowed.contains(key) {
            throw S3TransferError(.invalidExtraArgument,
                                  "Invalid extra_args key '\(key)', must be one of: \(allowed.sorted().joined(separator: ", "))")
        }
        return entries
    }

    private func call(_ operation: String, _ params: [String: Document], body: HTTPBody? = nil) async throws -> Document {
        let runtime = client.runtime
        return try await runtime.perform(operation: try runtime.operationModel(named: operation), params: .map(params), body: body)
    }

    // MARK: Upload

    func upload(file: String, bucket: String, key: String, extraArgs: Document) async throws {
        var extra = try Self.extraArguments(extraArgs, allowed: Self.allowedUploadArgs)
        // s3transfer names CRC32 for every upload under `when_supported`, unless a full-object checksum is given.
        if client.meta.config.requestChecksumCalculation == .whenSupported,
           !extra.keys.contains(where: Self.fullObjectChecksumArgs.contains), extra["ChecksumAlgorithm"] == nil {
            extra["ChecksumAlgorithm"] = "CRC32"
        }
        let url = URL(fileURLWithPath: file)
        guard let size = HTTPBody.file(url).contentLength else {
            throw S3TransferError(.fileAccess, "Cannot read the size of \(file): check that it exists and is readable.")
        }
        if size < config.multipartThreshold {
            var params = extra.filter { $0.key != "ChecksumType" && $0.key != "MpuObjectSize" }
            params["Bucket"] = .string(bucket)
            params["Key"] = .string(key)
            _ = try await call("PutObject", params, body: .file(url))
        } else {
            try await uploadParts(of: url, size: size, bucket: bucket, key: key, extra: extra)
        }
    }

    private func uploadParts(of url: URL, size: Int64, bucket: String, key: String, extra: [String: Document]) async throws {
        var create = extra.filter { !Self.fullObjectChecksumArgs.contains($0.key) && $0.key != "MpuObjectSize" }
        create["Bucket"] = .string(bucket)
        create["Key"] = .string(key)
        let created = try await call("CreateMultipartUpload", create)
        guard let uploadID = created["UploadId"]?.string else {
            throw S3TransferError(.incompleteDownload, "CreateMultipartUpload for s3://\(bucket)/\(key) returned no UploadId.")
        }
        var partArgs = extra.filter { Self.uploadPartArgs.contains($0.key) }
        partArgs["Bucket"] = .string(bucket)
        partArgs["Key"] = .string(key)
        partArgs["UploadId"] = .string(uploadID)
        let checksumMember = extra["ChecksumAlgorithm"]?.string.map { "Checksum" + $0.uppercased() }
        let partSize = config.partSize(forFileOf: size)
        let count = Int((size + partSize - 1) / partSize)
        do {
            let parts = try await withThrowingTaskGroup(of: (Int, Document).self) { group in
                var parts = [Document](repeating: .null, count: count)
                var next = 0
                func addPart() {
                    let index = next
                    next += 1
                    let offset = Int64(index) * partSize
                    var params = partArgs
                    params["PartNumber"] = .int(index + 1)
                    group.addTask {
                        let uploaded = try await call("UploadPart", params,
                                                      body: .fileSegment(url, offset: offset, length: min(partSize, size - offset)))
                        var part: [String: Document] = ["PartNumber": .int(index + 1), "ETag": uploaded["ETag"] ?? .null]
                        if let checksumMember, let checksum = uploaded[checksumMember], !checksum.isNull { part[checksumMember] = checksum }
                        return (index, .map(part))
                    }
                }
                while next < min(count, max(1, config.maxConcurrency)) { addPart() }
                while let (index, part) = try await group.next() {
                    parts[index] = part
                    if next < count { addPart() }
                }
                return parts
            }
            var complete = extra.filter { Self.completeArgs.contains($0.key) }
            complete["Bucket"] = .string(bucket)
            complete["Key"] = .string(key)
            complete["UploadId"] = .string(uploadID)
            complete["MultipartUpload"] = ["Parts": .list(parts)]
            _ = try await call("CompleteMultipartUpload", complete)
        } catch {
            var abort = extra.filter { $0.key == "RequestPayer" || $0.key == "ExpectedBucketOwner" }
            abort["Bucket"] = .string(bucket)
            abort["Key"] = .string(key)
            abort["UploadId"] = .string(uploadID)
            // Not a child task: the abort must run even when this task was cancelled.
            let aborting = Task { [abort] in _ = try? await call("AbortMultipartUpload", abort) }
            await aborting.value
            throw error
        }
    }
}
