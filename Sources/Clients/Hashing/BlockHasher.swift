/// The compression function of a 64-byte-block Merkle–Damgård hash (SHA-256, SHA-1, MD5).
package protocol BlockCompressor: Sendable {
    /// Whether the message length closing the padding is big-endian (SHA) or little-endian (MD5).
    static var lengthIsBigEndian: Bool { get }
    /// The initial chaining state.
    init()
    /// Mixes one 64-byte block into the state.
    mutating func compress(_ block: UnsafeRawPointer)
    /// The state as digest bytes.
    func digestBytes() -> [UInt8]
    /// Calls `body` with the digest bytes, in temporary memory where the compressor supports it.
    func withDigest<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R
}

extension BlockCompressor {
    /// The digest through `digestBytes()`, for compressors with no cheaper way.
    package func withDigest<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try digestBytes().withUnsafeBytes(body)
    }
}

/// Buffers input into 64-byte blocks for a `BlockCompressor` and applies the standard padding.
/// The partial block lives inline (no heap allocation), and whole blocks are compressed straight
/// from the caller's memory.
package struct BlockHasher<Core: BlockCompressor>: Sendable {
    private var core = Core()
    private var pending: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    private var pendingCount = 0
    private var totalBytes: UInt64 = 0

    /// A fresh state.
    package init() {}

    /// Feeds bytes.
    package mutating func update(_ input: UnsafeRawBufferPointer) {
        guard var source = input.baseAddress, input.count > 0 else { return }
        var remaining = input.count
        totalBytes &+= UInt64(remaining)
        if pendingCount > 0 {
            let take = min(64 - pendingCount, remaining)
            let offset = pendingCount
            withUnsafeMutableBytes(of: &pending) { buffer in
                buffer.baseAddress?.advanced(by: offset).copyMemory(from: source, byteCount: take)
            }
            pendingCount += take
            source += take
            remaining -= take
            if pendingCount < 64 { return }
            compressPending()
        }
        while remaining >= 64 {
            core.compress(source)
            source += 64
            remaining -= 64
        }
        if remaining > 0 {
            withUnsafeMutableBytes(of: &pending) { buffer in
                buffer.baseAddress?.copyMemory(from: source, byteCount: remaining)
            }
            pendingCount = remaining
        }
    }

    /// The digest of everything fed so far (this state is not changed).
    package func finalize() -> [UInt8] {
        var copy = self
        copy.pad()
        return copy.core.digestBytes()
    }

    /// Calls `body` with the digest of everything fed so far (this state is not changed).
    package func withDigest<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        var copy = self
        copy.pad()
        return try copy.core.withDigest(body)
    }

    private mutating func compressPending() {
        var block = pending
        withUnsafeBytes(of: &block) { buffer in
            if let base = buffer.baseAddress { core.compress(base) }
        }
        pendingCount = 0
    }

    private mutating func pad() {
        let bitLength = totalBytes &* 8
        let used = pendingCount
        withUnsafeMutableBytes(of: &pending) { buffer in
            buffer[used] = 0x80
            for index in (used + 1)..<64 { buffer[index] = 0 }
        }
        if used >= 56 {
            compressPending()
            withUnsafeMutableBytes(of: &pending) { buffer in
                for index in 0..<64 { buffer[index] = 0 }
            }
        }
        withUnsafeMutableBytes(of: &pending) { buffer in
            let length = Core.lengthIsBigEndian ? bitLength.bigEndian : bitLength.littleEndian
            buffer.storeBytes(of: length, toByteOffset: 56, as: UInt64.self)
        }
        compressPending()
    }
}
