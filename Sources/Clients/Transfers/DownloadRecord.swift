import Foundation

/// The record a resumable download keeps beside its partial file (`<file>.s3partial.json`):
/// which object it is (ETag, size) and which ranges are on disk. A later download resumes from
/// it only when the object is unchanged.
struct DownloadRecord: Sendable {
    /// The partial file's suffix.
    static let partialSuffix = ".s3partial"

    let file: URL
    let eTag: String?
    let size: Int64
    let rangeCount: Int

    private var recordURL: URL { URL(fileURLWithPath: file.path + Self.partialSuffix + ".json") }

    private struct Stored: Codable {
        var eTag: String?
        var size: Int64
        var rangeCount: Int
        var finished: [Int]
    }

    /// The ranges already on disk in `partial`, when the record matches this object; empty (and
    /// the stale files removed) otherwise.
    func finishedRanges(partial: URL) throws -> Set<Int> {
        guard let data = try? Data(contentsOf: recordURL),
              let stored = try? JSONDecoder().decode(Stored.self, from: data),
              stored.eTag == eTag, eTag != nil, stored.size == size, stored.rangeCount == rangeCount,
              FileManager.default.fileExists(atPath: partial.path) else {
            try? FileManager.default.removeItem(at: partial)
            return []
        }
        return Set(stored.finished.filter { $0 >= 0 && $0 < rangeCount })
    }

    /// Writes the record with `finished` ranges (atomically: a crash leaves the old or the new).
    func save(finished: Set<Int>) throws {
        let stored = Stored(eTag: eTag, size: size, rangeCount: rangeCount, finished: finished.sorted())
        do {
            try JSONEncoder().encode(stored).write(to: recordURL, options: .atomic)
        } catch {
            throw S3TransferError(.fileAccess, "Cannot write \(recordURL.path): \(error.localizedDescription)", underlyingError: error)
        }
    }

    /// Removes the record once the download is complete.
    func remove() { try? FileManager.default.removeItem(at: recordURL) }
}
