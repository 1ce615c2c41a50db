import Foundation

/// A streaming hash or checksum: create, `update` with bytes as they arrive, then `finalize`.
///
/// ```swift
/// var hasher = SHA256()
/// hasher.update(data: part1)
/// hasher.update(data: part2)
/// let hex = hasher.finalize().hexString
/// let same = SHA256.hash(data: part1 + part2)
/// ```
package protocol HashFunction: Sendable {
    /// The number of bytes the function consumes per compression step (HMAC pads keys to it).
    static var blockByteCount: Int { get }
    /// The number of bytes in a digest.
    static var digestByteCount: Int { get }
    /// A fresh state.
    init()
    /// Feeds bytes.
    mutating func update(bufferPointer: UnsafeRawBufferPointer)
    /// The digest of everything fed so far. The state is left unchanged, so feeding may go on.
    func finalize() -> HashDigest
    /// Calls `body` with the digest of everything fed so far, in temporary memory (no
    /// allocation where the function supports it). The state is left unchanged.
    func withDigest<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R
}

extension HashFunction {
    /// The digest through `finalize()`, for functions with no cheaper way.
    package func withDigest<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try finalize().withUnsafeBytes(body)
    }

    /// Feeds bytes from any contiguous or chunked byte collection.
    package mutating func update(data: some DataProtocol) {
        for region in data.regions {
            region.withUnsafeBytes { update(bufferPointer: $0) }
        }
    }

    /// Feeds the UTF-8 bytes of a string.
    package mutating func update(string: String) {
        var text = string
        text.withUTF8 { update(bufferPointer: UnsafeRawBufferPointer($0)) }
    }

    /// The digest of `data`, in one call.
    package static func hash(data: some DataProtocol) -> HashDigest {
        var hasher = Self()
        hasher.update(data: data)
        return hasher.finalize()
    }

    /// The digest of the UTF-8 bytes of `string`, in one call.
    package static func hash(string: String) -> HashDigest {
        var hasher = Self()
        hasher.update(string: string)
        return hasher.finalize()
    }

    /// The digest of raw bytes, in one call.
    package static func hash(bufferPointer: UnsafeRawBufferPointer) -> HashDigest {
        var hasher = Self()
        hasher.update(bufferPointer: bufferPointer)
        return hasher.finalize()
    }

    /// The digest of a file's whole contents, read from disk in 1 MiB chunks.
    ///
    /// Throws `HashingError` when the file cannot be opened or read.
    package static func hash(contentsOf url: URL, offset: Int64 = 0, length: Int64? = nil) throws -> HashDigest {
        var hasher = Self()
        try FileChunkReader.forEachChunk(of: url, offset: offset, length: length) { hasher.update(bufferPointer: $0) }
        return hasher.finalize()
    }
}
