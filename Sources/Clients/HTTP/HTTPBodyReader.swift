import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a plain request body (`.empty`, `.data`, `.file`, `.fileSegment`), read in order
/// into buffers the caller hands over: from memory, or from the file in place (`pread`), so a
/// file is never loaded whole. An `.awsChunked` body is framed by `AWSChunkedEncoder` around one
/// of these.
///
/// Owns the file descriptor it opened: call `close()` once done (copies share the descriptor).
package struct HTTPBodyReader {
    private enum Source {
        case memory(Data, offset: Int)
        case file(descriptor: Int32, path: String, position: Int64, remaining: Int64)
    }

    private var source: Source
    /// The body's length in bytes.
    package let length: Int64

    /// Opens `body`; a file that cannot be opened or sized throws here, before anything is read.
    /// Throws for an `.awsChunked` body, whose bytes only its encoder produces.
    package init(_ body: HTTPBody) throws {
        switch body {
        case .empty:
            source = .memory(Data(), offset: 0)
            length = 0
        case .data(let data):
            source = .memory(data, offset: 0)
            length = Int64(data.count)
        case .file(let url):
            let descriptor = try Self.open(url)
            var status = stat()
            guard fstat(descriptor, &status) == 0 else {
                let reason = String(cString: strerror(errno))
                Foundation.close(descriptor)
                throw HTTPBodyReadError(path: url.path, reason: "cannot read its size: \(reason)")
            }
            source = .file(descriptor: descriptor, path: url.path, position: 0, remaining: Int64(status.st_size))
            length = Int64(status.st_size)
        case .fileSegment(let url, let offset, let segmentLength):
            guard offset >= 0, segmentLength >= 0 else {
                throw HTTPBodyReadError(path: url.path, reason: "the segment \(offset)+\(segmentLength) is not a byte range")
            }
            let descriptor = try Self.open(url)
            source = .file(descriptor: descriptor, path: url.path, position: offset, remaining: segmentLength)
            length = segmentLength
        case .awsChunked:
            throw HTTPBodyReadError(path: "", reason: "an aws-chunked body is read through its encoder")
        }
    }

    /// Whether the bytes are in memory.
    package var isInMemory: Bool {
        if case .memory = source { return true }
        return false
    }

    /// Copies up to `capacity` next bytes into `buffer` and returns the count: 0 only at the end.
    /// Throws when the file cannot be read or ends before the length it had when opened.
    package mutating func read(into buffer: UnsafeMutableRawPointer, capacity: Int) throws -> Int {
        switch source {
        case .memory(let data, let offset):
            let count = min(capacity, data.count - offset)
            guard count > 0 else { return 0 }
            data.withUnsafeBytes { raw in
                if let base = raw.baseAddress { buffer.copyMemory(from: base + offset, byteCount: count) }
            }
            source = .memory(data, offset: offset + count)
            return count
        case .file(let descriptor, let path, let position, let remaining):
            let wanted = Int(min(Int64(capacity), remaining))
            guard wanted > 0 else { return 0 }
            while true {
                let count = pread(descriptor, buffer, wanted, off_t(position))
                if count < 0 && errno == EINTR { continue }
                if count < 0 { throw HTTPBodyReadError(path: path, reason: String(cString: strerror(errno))) }
                // The file shrank under us: an error, never a short body that would hang the upload.
                guard count > 0 else { throw HTTPBodyReadError(path: path, reason: "the file ended \(remaining) bytes early") }
                source = .file(descriptor: descriptor, path: path, position: position + Int64(count), remaining: remaining - Int64(count))
                return count
            }
        }
    }

    /// A copy of the whole body when it is in memory (the caller deallocates it); `nil` for a file.
    package func copyOfMemoryBytes() -> UnsafeMutableRawBufferPointer? {
        guard case .memory(let data, _) = source else { return nil }
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, data.count), alignment: 1)
        data.withUnsafeBytes { copy.copyMemory(from: $0) }
        return UnsafeMutableRawBufferPointer(rebasing: copy[0..<data.count])
    }

    /// Closes the file, if any.
    package func close() {
        if case .file(let descriptor, _, _, _) = source { Foundation.close(descriptor) }
    }

    private static func open(_ url: URL) throws -> Int32 {
        let descriptor = Foundation.open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw HTTPBodyReadError(path: url.path, reason: String(cString: strerror(errno))) }
        return descriptor
    }
}
