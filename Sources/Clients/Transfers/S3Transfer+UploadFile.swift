import Foundation

/// How an interrupted multipart upload is kept and picked up again.
struct UploadResumption: Sendable {
    /// The multipart upload to continue (its stored parts are listed and skipped).
    var uploadID: String?
    /// Leave the multipart upload in place on failure, for a later resume, instead of aborting it.
    var keepPartsOnFailure: Bool
}

extension S3Transfer {
    /// Uploads a local file: one `PutObject` below the threshold, else a multipart upload whose
    /// parts are streamed from the file, `concurrency` at a time.
    func uploadFile(_ url: URL, bucket: String, key: String, extraArgs: [String: Document], callback: TransferCallback?,
                    resumption: UploadResumption) async throws {
        let extra = withDefaultChecksum(extraArgs)
        guard let size = HTTPBody.file(url).contentLength else {
            throw S3TransferError(.fileAccess, "Cannot read the size of \(url.path): check that it exists and is readable.")
        }
        let progress = TransferProgressTracker(bucket: bucket, key: key, total: size, callback: callback)
        if size < config.multipartThreshold, resumption.uploadID == nil {
            let params = Self.params(extra.filter { $0.key != "ChecksumType" && $0.key != "MpuObjectSize" }, bucket: bucket, key: key)
            try await pace(size)
            _ = try await call("PutObject", params, body: .file(url))
            progress.add(size)
            progress.reportEmptyCompletion()
            return
        }
        let multipartArgs = withFullObjectDefault(Self.withFullObjectType(extra), callerArgs: extraArgs)
        let upload: MultipartUpload
        if let uploadID = resumption.uploadID {
            upload = MultipartUpload(transfer: self, bucket: bucket, key: key, uploadID: uploadID, extra: multipartArgs)
        } else {
            upload = try await MultipartUpload.create(self, bucket: bucket, key: key, createArgs: Self.createArgs(multipartArgs), extra: multipartArgs)
        }
        try await uploadParts(of: url, size: size, upload: upload, progress: progress, resumption: resumption)
    }

    /// A multipart upload's arguments with `ChecksumType` `FULL_OBJECT` and the matching
    /// `ChecksumAlgorithm` when the caller gave a whole-object checksum (as s3transfer).
    static func withFullObjectType(_ extra: [String: Document]) -> [String: Document] {
        var extra = extra
        if let given = TransferArguments.fullObjectChecksums.first(where: { extra[$0] != nil }) {
            extra["ChecksumType"] = "FULL_OBJECT"
            extra["ChecksumAlgorithm"] = .string(String(given.dropFirst("Checksum".count)))
        }
        return extra
    }

    /// The arguments `CreateMultipartUpload` takes of an upload's: not the whole-object checksum
    /// values (those go with the completion).
    static func createArgs(_ extra: [String: Document]) -> [String: Document] {
        extra.filter { !TransferArguments.fullObjectChecksums.contains($0.key) && $0.key != "MpuObjectSize" }
    }

    private func uploadParts(of url: URL, size: Int64, upload: MultipartUpload, progress: TransferProgressTracker,
                             resumption: UploadResumption) async throws {
        let partSize = config.partSize(forFileOf: size)
        let count = Int(max(1, (size + partSize - 1) / partSize))
        do {
            var stored: [Int: Document] = [:]
            if resumption.uploadID != nil {
                stored = try await reusableParts(of: url, size: size, partSize: partSize, count: count, upload: upload)
                progress.add(stored.keys.reduce(0) { $0 + Self.partLength($1, partSize: partSize, size: size) })
            }
            let parts = try await BoundedTasks.run(count: count, limit: config.concurrency) { [stored] index in
                let number = index + 1
                if let part = stored[number] { return part }
                let offset = Int64(index) * partSize
                let length = Self.partLength(number, partSize: partSize, size: size)
                do {
                    let part = try await upload.uploadPart(number, body: .fileSegment(url, offset: offset, length: length))
                    progress.add(length)
                    return part
                } catch {
                    throw upload.partFailure(error, number: number, count: count, bytes: "bytes \(offset)-\(offset + length - 1)",
                                             kept: resumption.keepPartsOnFailure)
                }
            }
            let lengths = (1...count).map { Self.partLength($0, partSize: partSize, size: size) }
            try await upload.complete(parts, completeArgs: upload.completionArgs(upload.extra, parts: parts, lengths: lengths))
        } catch {
            if !resumption.keepPartsOnFailure { await upload.abort() }
            throw error
        }
    }

    /// The length of part `number` (1-based) of a `size`-byte upload in `partSize` parts.
    static func partLength(_ number: Int, partSize: Int64, size: Int64) -> Int64 {
        let offset = Int64(number - 1) * partSize
        return max(0, min(partSize, size - offset))
    }

    /// The parts already stored for a resumed upload that match the file: the right size, and
    /// the same CRC32 as the file's bytes when S3 lists one. Others are sent again.
    private func reusableParts(of url: URL, size: Int64, partSize: Int64, count: Int, upload: MultipartUpload) async throws -> [Int: Document] {
        var reusable: [Int: Document] = [:]
        for (number, listed) in try await upload.listParts() where number <= count {
            let offset = Int64(number - 1) * partSize
            guard listed.size == Self.partLength(number, partSize: partSize, size: size) else { continue }
            if let stored = listed.part["ChecksumCRC32"]?.string {
                var crc = CRC32()
                try FileChunkReader.forEachChunk(of: url, offset: offset, length: listed.size) { crc.update(bufferPointer: $0) }
                guard crc.finalize().base64String == stored else { continue }
            }
            reusable[number] = listed.part
        }
        return reusable
    }
}
