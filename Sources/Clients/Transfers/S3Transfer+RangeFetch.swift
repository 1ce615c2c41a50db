import Foundation

extension S3Transfer {
    /// What a download learns from `HeadObject` before reading: the size and the ETag every
    /// ranged read is pinned to (`IfMatch`), so a changed object fails instead of mixing versions.
    struct ObjectHead: Sendable {
        let size: Int64
        let eTag: String?
        /// The object's whole-object CRC32 (base64), when S3 keeps one: checked after a download
        /// in ranges (a single GET is checked by the client as it streams).
        var fullObjectCRC32: String? = nil
    }

    /// `HeadObject` with the download's arguments, asking for the object's checksum unless
    /// response checksums are off (`responseChecksumValidation` `when_required`, no `ChecksumMode`).
    func head(_ params: [String: Document]) async throws -> ObjectHead {
        var params = params
        if client.meta.config.responseChecksumValidation == .whenSupported { params["ChecksumMode"] = "ENABLED" }
        let head = try await call("HeadObject", params)
        let crc = head["ChecksumCRC32"]?.string
        let type = head["ChecksumType"]?.string
        let fullObject = crc.flatMap { value in type == "FULL_OBJECT" || (type == nil && !value.contains("-")) ? value : nil }
        return ObjectHead(size: Int64(head["ContentLength"]?.int ?? 0), eTag: head["ETag"]?.string, fullObjectCRC32: fullObject)
    }

    /// Throws `.checksumMismatch` when `actual` is not the object's whole-object CRC32.
    static func verify(_ actual: String, head: ObjectHead, bucket: String, key: String) throws {
        guard let expected = head.fullObjectCRC32, expected != actual else { return }
        throw S3TransferError(.checksumMismatch, "s3://\(bucket)/\(key): the downloaded bytes have CRC32 \(actual), the object's is "
                              + "\(expected). The data was corrupted in transit or on disk; download it again.")
    }

    /// The ranges a download of `size` bytes is read in: one below the threshold, else
    /// `multipartChunksize` (at least 1 MiB) each.
    func downloadRanges(size: Int64) -> [ClosedRange<Int64>] {
        guard size > 0 else { return [] }
        let rangeSize = size < config.multipartThreshold ? size : max(config.multipartChunksize, 1 << 20)
        return stride(from: Int64(0), to: size, by: Int(rangeSize)).map { $0...min($0 + rangeSize, size) - 1 }
    }

    /// Reads `range` of the object, handing each chunk and its offset to `sink`, with up to
    /// `numDownloadAttempts` attempts: when the body breaks off after a good response, the next
    /// attempt asks for the rest of the range only, so no byte is received (or counted) twice.
    func fetch(_ params: [String: Document], range: ClosedRange<Int64>, whole: Bool, progress: TransferProgressTracker,
               sink: @Sendable (Data, Int64) async throws -> Void) async throws {
        var offset = range.lowerBound
        var attempt = 0
        while true {
            attempt += 1
            var ranged = params
            if !(whole && offset == range.lowerBound) { ranged["Range"] = .string("bytes=\(offset)-\(range.upperBound)") }
            do {
                let object = try await client.callStreaming("GetObject", .map(ranged))
                do {
                    for try await chunk in object.body {
                        let usable = chunk.prefix(Int(range.upperBound - offset + 1))
                        guard !usable.isEmpty else { continue }
                        try await pace(Int64(usable.count))
                        try await sink(Data(usable), offset)
                        offset += Int64(usable.count)
                        progress.add(Int64(usable.count))
                    }
                } catch {
                    object.body.cancel()
                    throw error
                }
                guard offset == range.upperBound + 1 else {
                    throw S3TransferError(.incompleteDownload, "s3://\(params["Bucket"]?.string ?? "")/\(params["Key"]?.string ?? ""): received "
                                          + "\(offset - range.lowerBound) of \(range.upperBound - range.lowerBound + 1) bytes of range "
                                          + "\(range.lowerBound)-\(range.upperBound); the connection ended early. Try again.")
                }
                return
            } catch {
                guard attempt < config.numDownloadAttempts, Self.isStreamBreak(error) else { throw error }
            }
        }
    }

    /// Whether `error` is a body that broke off (retried by the download) rather than an answer.
    static func isStreamBreak(_ error: any Error) -> Bool {
        if let transport = error as? HTTPTransportError { return transport.code != .cancelled }
        if let transfer = error as? S3TransferError { return transfer.code == .incompleteDownload }
        return false
    }
}
