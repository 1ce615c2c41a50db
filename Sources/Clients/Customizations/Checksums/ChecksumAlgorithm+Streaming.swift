import Foundation

extension ChecksumAlgorithm {
    /// A running hash of this algorithm, fed chunk by chunk.
    func makeHasher() -> any HashFunction {
        switch self {
        case .crc32: return CRC32()
        case .crc32c: return CRC32C()
        case .sha1: return SHA1()
        case .sha256: return SHA256()
        }
    }

    /// The checksum of a body streamed from disk, read in 1 MiB chunks (the bytes of an
    /// in-memory body otherwise).
    func digest(of body: HTTPBody) throws -> HashDigest {
        var hasher = makeHasher()
        try body.forEachChunk { hasher.update(bufferPointer: $0) }
        return hasher.finalize()
    }
}
