import Foundation

/// The engine behind the S3 transfers (`uploadFile`, `downloadFile`, `uploadFileobj`,
/// `downloadFileobj`, `copy`, directories): s3transfer's semantics, with parts run in bounded
/// task groups instead of thread pools.
struct S3Transfer: Sendable {
    let client: Client
    let config: TransferConfig
    let limiter: BandwidthLimiter?

    init(client: Client, config: TransferConfig, operation: String) throws {
        guard client.meta.serviceName == "s3" else {
            throw S3TransferError(.unsupportedService, "\(operation) is an S3 transfer; this client is for "
                                  + "\(client.meta.serviceName). Create one with session.client(\"s3\").")
        }
        try config.validate()
        self.client = client
        self.config = config
        limiter = config.maxBandwidth.map(BandwidthLimiter.init(bytesPerSecond:))
    }

    /// Calls `operation`, with `body` in place of the serialized payload when given.
    func call(_ operation: String, _ params: [String: Document], body: HTTPBody? = nil) async throws -> Document {
        let runtime = client.runtime
        return try await runtime.perform(operation: try runtime.operationModel(named: operation), params: .map(params), body: body)
    }

    /// Waits for the bandwidth limit, if any, to allow `bytes` more.
    func pace(_ bytes: Int64) async throws {
        try await limiter?.consume(bytes)
    }

    /// The upload arguments with s3transfer's default checksum: CRC32 per part under
    /// `when_supported`, unless the caller named an algorithm or gave a whole-object checksum.
    func withDefaultChecksum(_ extra: [String: Document]) -> [String: Document] {
        var extra = extra
        if client.meta.config.requestChecksumCalculation == .whenSupported,
           !extra.keys.contains(where: TransferArguments.fullObjectChecksums.contains), extra["ChecksumAlgorithm"] == nil {
            extra["ChecksumAlgorithm"] = "CRC32"
        }
        return extra
    }

    /// A multipart upload's arguments with S3's whole-object CRC32 (`ChecksumType` `FULL_OBJECT`)
    /// when the checksum is this SDK's default (CRC32, not chosen by the caller): S3 then checks
    /// the whole object against the CRC32 combined from the parts, and downloads can verify it.
    func withFullObjectDefault(_ extra: [String: Document], callerArgs: [String: Document]) -> [String: Document] {
        var extra = extra
        if callerArgs["ChecksumAlgorithm"] == nil, callerArgs["ChecksumType"] == nil, extra["ChecksumAlgorithm"]?.string == "CRC32",
           !callerArgs.keys.contains(where: TransferArguments.fullObjectChecksums.contains) {
            extra["ChecksumType"] = "FULL_OBJECT"
        }
        return extra
    }

    /// `entries` restricted to `keys`, plus the bucket and key.
    static func params(_ entries: [String: Document], only keys: Set<String>? = nil, bucket: String, key: String) -> [String: Document] {
        var params = keys.map { keys in entries.filter { keys.contains($0.key) } } ?? entries
        params["Bucket"] = .string(bucket)
        params["Key"] = .string(key)
        return params
    }
}
