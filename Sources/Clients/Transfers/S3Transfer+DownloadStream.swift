import Foundation
import Synchronization

/// Where `downloadFileobj` writes: called with each chunk, in order.
public typealias DownloadSink = @Sendable (Data) async throws -> Void

extension S3Transfer {
    /// Downloads an object into `sink`, in order. Ranges are read `concurrency` at a time into
    /// memory and handed on in order as each one completes, so at most `concurrency` ranges are
    /// held at once; chunks handed to the sink are at most `ioChunksize` bytes.
    func downloadStream(bucket: String, key: String, extraArgs: [String: Document], sink: @escaping DownloadSink,
                        callback: TransferCallback?) async throws {
        var headParams = Self.params(extraArgs, bucket: bucket, key: key)
        let head = try await head(headParams)
        if let eTag = head.eTag { headParams["IfMatch"] = .string(eTag) }
        let params = headParams
        let ranges = downloadRanges(size: head.size)
        let progress = TransferProgressTracker(bucket: bucket, key: key, total: head.size, callback: callback)
        let chunkLimit = config.ioChunksize
        let whole = ranges.count == 1
        let fetched = { @Sendable (index: Int) async throws -> Data in
            let buffer = Mutex(Data())
            try await fetch(params, range: ranges[index], whole: whole, progress: progress) { chunk, _ in
                buffer.withLock { $0.append(chunk) }
            }
            return buffer.withLock { $0 }
        }
        let crc = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            var crc = CRC32()
            var next = 0
            var delivered = 0
            var ready: [Int: Data] = [:]
            let limit = max(1, config.concurrency)
            while next < min(ranges.count, limit) {
                let index = next
                group.addTask { (index, try await fetched(index)) }
                next += 1
            }
            while delivered < ranges.count, let (index, data) = try await group.next() {
                ready[index] = data
                while let data = ready.removeValue(forKey: delivered) {
                    data.withUnsafeBytes { crc.update(bufferPointer: $0) }
                    try await Self.deliver(data, to: sink, chunkLimit: chunkLimit)
                    delivered += 1
                    if next < ranges.count {
                        let index = next
                        group.addTask { (index, try await fetched(index)) }
                        next += 1
                    }
                }
            }
            return crc
        }
        if ranges.count > 1 { try Self.verify(crc.finalize().base64String, head: head, bucket: bucket, key: key) }
        progress.reportEmptyCompletion()
    }

    private static func deliver(_ data: Data, to sink: DownloadSink, chunkLimit: Int) async throws {
        var start = data.startIndex
        while start < data.endIndex {
            let end = min(start + chunkLimit, data.endIndex)
            do {
                try await sink(data.subdata(in: start..<end))
            } catch {
                throw S3TransferError(.streamFailed, "The download sink failed: \(error)", underlyingError: error)
            }
            start = end
        }
    }
}
