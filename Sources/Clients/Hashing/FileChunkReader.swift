import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file in fixed-size chunks into one reused buffer, so hashing a large upload costs
/// no allocation per chunk.
package enum FileChunkReader {
    /// The chunk size: 1 MiB, as botocore reads payloads to hash them.
    package static let chunkSize = 1 << 20

    /// Calls `body` with each chunk of the file at `url`, in order: the whole file, or `length`
    /// bytes from `offset`.
    package static func forEachChunk(of url: URL, offset: Int64 = 0, length: Int64? = nil,
                                     _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let path = url.path
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw HashingError(code: .cannotOpenFile, path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        if offset > 0, lseek(descriptor, off_t(offset), SEEK_SET) < 0 {
            throw HashingError(code: .readFailed, path: path, reason: String(cString: strerror(errno)))
        }
        var remaining = length ?? .max
        while remaining > 0 {
            let count = read(descriptor, buffer.baseAddress, Int(min(Int64(chunkSize), remaining)))
            if count == 0 {
                if length != nil {
                    throw HashingError(code: .readFailed, path: path, reason: "the file ended \(remaining) bytes before the segment's end")
                }
                return
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw HashingError(code: .readFailed, path: path, reason: String(cString: strerror(errno)))
            }
            remaining -= Int64(count)
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }
}
