import Foundation
import Synchronization

extension S3Transfer {
    /// Downloads an object into a temporary file beside `file`, renamed into place once complete.
    /// Ranges are read `concurrency` at a time, each written at its offset. When `resumable`,
    /// the temporary file and a record of its finished ranges are kept on failure and picked up
    /// by the next download of the same object (checked by ETag and size) to the same file.
    /// `knownHead` (size and ETag from a listing) saves the `HeadObject`.
    func downloadFile(bucket: String, key: String, file: String, extraArgs: [String: Document], callback: TransferCallback?,
                      resumable: Bool, knownHead: ObjectHead? = nil) async throws {
        var headParams = Self.params(extraArgs, bucket: bucket, key: key)
        let head: ObjectHead
        if let knownHead { head = knownHead } else { head = try await self.head(headParams) }
        if let eTag = head.eTag { headParams["IfMatch"] = .string(eTag) }
        let params = headParams
        let target = URL(fileURLWithPath: file)
        let temporary = URL(fileURLWithPath: file + (resumable ? DownloadRecord.partialSuffix : "." + Self.randomSuffix()))
        let ranges = downloadRanges(size: head.size)
        let progress = TransferProgressTracker(bucket: bucket, key: key, total: head.size, callback: callback)
        let record = resumable ? DownloadRecord(file: target, eTag: head.eTag, size: head.size, rangeCount: ranges.count) : nil
        do {
            let finished = try record?.finishedRanges(partial: temporary) ?? []
            if finished.isEmpty {
                guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                    throw S3TransferError(.fileAccess, "Cannot create \(temporary.path): check the folder exists and is writable.")
                }
            }
            progress.add(finished.reduce(0) { $0 + Int64(ranges[$1].count) })
            try record?.save(finished: finished)
            let done = Mutex(finished)
            let whole = ranges.count == 1
            _ = try await BoundedTasks.run(count: ranges.count, limit: config.concurrency) { index in
                if done.withLock({ $0.contains(index) }) { return }
                let handle = try Self.openForWriting(temporary)
                defer { try? handle.close() }
                try await fetch(params, range: ranges[index], whole: whole, progress: progress) { chunk, offset in
                    try handle.seek(toOffset: UInt64(offset))
                    try handle.write(contentsOf: chunk)
                }
                if let record {
                    let now = done.withLock { $0.insert(index); return $0 }
                    try record.save(finished: now)
                }
            }
            if ranges.count > 1, head.fullObjectCRC32 != nil {
                do {
                    try Self.verify(try FullObjectChecksum.crc32(ofFile: temporary), head: head, bucket: bucket, key: key)
                } catch {
                    record?.remove()   // bad bytes on disk: never resume from them
                    try? FileManager.default.removeItem(at: temporary)
                    throw error
                }
            }
            progress.reportEmptyCompletion()
            _ = try? FileManager.default.removeItem(at: target)
            try FileManager.default.moveItem(at: temporary, to: target)
            record?.remove()
        } catch {
            if !resumable { try? FileManager.default.removeItem(at: temporary) }
            throw error
        }
    }

    static func openForWriting(_ url: URL) throws -> FileHandle {
        do {
            return try FileHandle(forWritingTo: url)
        } catch {
            throw S3TransferError(.fileAccess, "Cannot write \(url.path): \(error.localizedDescription)", underlyingError: error)
        }
    }

    /// Eight random characters, as s3transfer's `random_file_extension`.
    static func randomSuffix() -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return String((0..<8).map { _ in letters.randomElement() ?? "x" })
    }
}
