import Foundation

/// Compresses request bodies of operations modeled with `requestcompression`, as botocore's
/// `compress.py` (`maybe_compress_request`): with the first encoding it supports (`gzip`), unless
/// compression is disabled or the client signs with SigV2; a streaming input is compressed
/// whatever its size unless it `requiresLength`, any other body when at least
/// `requestMinCompressionSizeBytes` long (form and JSON bodies alike). `Content-Encoding` gets the
/// encoding, after any value already there (`identity,gzip`).
///
/// Runs on the serialized request before checksums are computed, and never when presigning.
enum RequestCompression {
    /// The encodings this SDK can apply.
    static let supported = ["gzip"]

    /// Compresses `request.body` (or `fileBody`, read into memory as botocore reads a file object,
    /// and then cleared so the compressed bytes are sent) when the operation and configuration ask.
    ///
    /// - Parameter signsWithSigV2: whether the client's signature version is `v2` (botocore never
    ///   compresses then).
    static func apply(to request: inout SerializedRequest, fileBody: inout HTTPBody?, operation: OperationModel,
                      config: EffectiveConfig, signsWithSigV2: Bool, now: Date) throws {
        guard !config.disableRequestCompression, !signsWithSigV2,
              let encoding = operation.requestCompressionEncodings.first(where: supported.contains) else { return }
        if let streaming = operation.streamingInput {
            if streaming.requiresLength { return }
        } else {
            let size = fileBody.map { $0.contentLength ?? 0 } ?? Int64(request.body.count)
            if size < Int64(config.requestMinCompressionSizeBytes) { return }
        }
        let encoder = try GzipEncoder(modificationTime: now)
        if let file = fileBody {
            try read(file) { try encoder.append($0) }
            fileBody = nil
        } else {
            try encoder.append(request.body)
        }
        request.body = try encoder.finish()
        if let existing = request.headers["Content-Encoding"] {
            request.headers["Content-Encoding"] = existing + "," + encoding
        } else {
            request.headers["Content-Encoding"] = encoding
        }
    }

    /// Whether the client's signature version is `v2` (botocore's `config.signature_version`:
    /// the configured one, else the model's).
    static func signsWithSigV2(config: EffectiveConfig, model: ServiceModel) -> Bool {
        if let configured = config.signatureVersion { return configured == .v2 }
        let metadata = model.metadata
        return metadata.raw["auth"] == nil && metadata.signatureVersion == "v2"
    }

    /// Reads a file body in chunks.
    private static func read(_ body: HTTPBody, _ consume: (UnsafeRawBufferPointer) throws -> Void) throws {
        try body.forEachChunk(consume)
    }
}
