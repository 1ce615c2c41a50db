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

    /// Calls `body` with each chunk of the file at `url`, in order.
    package static func forEachChunk(of url: URL, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let path = url.path
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw HashingError(code: .cannotOpenFile, path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer.baseAddress, chunkSize)
            if count == 0 { return }
            if count < 0 {
                if errno == EINTR { continue }
                throw HashingError(code: .readFailed, path: path, reason: String(cString: strerror(errno)))
            }
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }
}
