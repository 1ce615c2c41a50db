/// The `ExtraArgs` each kind of transfer accepts: s3transfer 0.17's `ALLOWED_UPLOAD_ARGS`,
/// `ALLOWED_DOWNLOAD_ARGS` and `ALLOWED_COPY_ARGS`, and how they are split between the requests
/// of a multipart transfer.
enum TransferArguments {
    /// The keys uploads and copies share (s3transfer's `_ALLOWED_SHARED_ARGS`).
    static let shared: [String] = [
        "ACL", "CacheControl", "ChecksumAlgorithm", "ContentDisposition", "ContentEncoding", "ContentLanguage", "ContentType",
        "ExpectedBucketOwner", "Expires", "GrantFullControl", "GrantRead", "GrantReadACP", "GrantWriteACP", "Metadata",
        "ObjectLockLegalHoldStatus", "ObjectLockMode", "ObjectLockRetainUntilDate", "RequestPayer", "ServerSideEncryption",
        "StorageClass", "SSECustomerAlgorithm", "SSECustomerKey", "SSECustomerKeyMD5", "SSEKMSKeyId", "SSEKMSEncryptionContext",
        "Tagging", "WebsiteRedirectLocation",
    ]
    /// A checksum of the whole object given by the caller (`FULL_OBJECT_CHECKSUM_ARGS`).
    static let fullObjectChecksums: [String] = [
        "ChecksumCRC32", "ChecksumCRC32C", "ChecksumCRC64NVME", "ChecksumMD5", "ChecksumSHA1", "ChecksumSHA256",
        "ChecksumSHA512", "ChecksumXXHASH3", "ChecksumXXHASH64", "ChecksumXXHASH128",
    ]
    /// `ALLOWED_UPLOAD_ARGS`.
    static let upload: [String] = shared + ["ChecksumType", "MpuObjectSize"] + fullObjectChecksums
    /// `ALLOWED_DOWNLOAD_ARGS`.
    static let download: [String] = [
        "ChecksumMode", "VersionId", "SSECustomerAlgorithm", "SSECustomerKey", "SSECustomerKeyMD5", "RequestPayer", "ExpectedBucketOwner",
    ]
    /// `ALLOWED_COPY_ARGS`.
    static let copy: [String] = shared + [
        "CopySourceIfMatch", "CopySourceIfModifiedSince", "CopySourceIfNoneMatch", "CopySourceIfUnmodifiedSince",
        "CopySourceSSECustomerAlgorithm", "CopySourceSSECustomerKey", "CopySourceSSECustomerKeyMD5", "MetadataDirective", "TaggingDirective",
    ]

    /// What an upload's `UploadPart` requests carry of its arguments.
    static let uploadPart: Set<String> = [
        "ChecksumAlgorithm", "SSECustomerKey", "SSECustomerAlgorithm", "SSECustomerKeyMD5", "RequestPayer", "ExpectedBucketOwner",
    ]
    /// What `CompleteMultipartUpload` carries.
    static let complete: Set<String> = Set([
        "SSECustomerKey", "SSECustomerAlgorithm", "SSECustomerKeyMD5", "RequestPayer", "ExpectedBucketOwner", "ChecksumType", "MpuObjectSize",
    ] + fullObjectChecksums)
    /// What `AbortMultipartUpload` carries.
    static let abort: Set<String> = ["RequestPayer", "ExpectedBucketOwner"]
    /// A copy's arguments that `CreateMultipartUpload` does not take.
    static let copyOnlyArgs: Set<String> = [
        "CopySourceIfMatch", "CopySourceIfModifiedSince", "CopySourceIfNoneMatch", "CopySourceIfUnmodifiedSince",
        "CopySourceSSECustomerAlgorithm", "CopySourceSSECustomerKey", "CopySourceSSECustomerKeyMD5", "MetadataDirective", "TaggingDirective",
    ]
    /// What a copy's `UploadPartCopy` requests carry.
    static let uploadPartCopy: Set<String> = [
        "CopySourceIfMatch", "CopySourceIfModifiedSince", "CopySourceIfNoneMatch", "CopySourceIfUnmodifiedSince",
        "CopySourceSSECustomerKey", "CopySourceSSECustomerAlgorithm", "CopySourceSSECustomerKeyMD5",
        "SSECustomerKey", "SSECustomerAlgorithm", "SSECustomerKeyMD5", "RequestPayer", "ExpectedBucketOwner",
    ]
    /// A copy's arguments as the source's `HeadObject` takes them (s3transfer's mapping).
    static let copyToHead: [String: String] = [
        "CopySourceIfMatch": "IfMatch", "CopySourceIfModifiedSince": "IfModifiedSince", "CopySourceIfNoneMatch": "IfNoneMatch",
        "CopySourceIfUnmodifiedSince": "IfUnmodifiedSince", "CopySourceSSECustomerKey": "SSECustomerKey",
        "CopySourceSSECustomerAlgorithm": "SSECustomerAlgorithm", "CopySourceSSECustomerKeyMD5": "SSECustomerKeyMD5",
        "RequestPayer": "RequestPayer", "ExpectedBucketOwner": "ExpectedBucketOwner",
    ]

    /// The entries of `extraArgs`, each checked against `allowed`; every unknown key is reported
    /// at once, with the closest allowed names.
    static func check(_ extraArgs: Document, allowed: [String], transfer: String) throws -> [String: Document] {
        if extraArgs.isNull { return [:] }
        guard case .map(let entries) = extraArgs else {
            throw S3TransferError(.invalidExtraArgument, "ExtraArgs of \(transfer) must be a map of parameter names to values, got \(extraArgs).")
        }
        let unknown = entries.keys.sorted().filter { !allowed.contains($0) }
        guard unknown.isEmpty else {
            let lines = unknown.map { key -> String in
                let close = ClosestNames.find(key, in: allowed)
                return close.isEmpty ? "'\(key)'" : "'\(key)' (did you mean \(close.joined(separator: ", "))?)"
            }
            throw S3TransferError(.invalidExtraArgument,
                                  "Invalid extra_args key\(unknown.count == 1 ? "" : "s") \(lines.joined(separator: ", ")) for \(transfer), "
                                  + "must be one of: \(allowed.joined(separator: ", ")).")
        }
        return entries
    }
}
