import Foundation

/// HMAC (RFC 2104) over any `HashFunction`; `HMAC<SHA256>` derives SigV4 keys and signatures.
///
/// ```swift
/// let mac = HMAC<SHA256>.authenticationCode(for: Data("message".utf8), key: Data("key".utf8))
/// ```
package struct HMAC<H: HashFunction>: Sendable {
    private var inner: H
    private var outer: H

    /// Starts a MAC keyed with `key` (keys longer than the hash's block are hashed first).
    package init(key: some DataProtocol) {
        let keyBytes = [UInt8](key)
        self = keyBytes.withUnsafeBytes { HMAC(keyBuffer: $0) }
    }

    /// Starts a MAC keyed with raw bytes.
    ///
    /// The value holds the hash states after the padded key blocks, so a keyed `HMAC` kept and
    /// copied per message saves the two key-block compressions on every later MAC with that key.
    package init(keyBuffer: UnsafeRawBufferPointer) {
        let blockSize = H.blockByteCount
        var inner = H()
        var outer = H()
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: blockSize) { block in
            block.initialize(repeating: 0)
            if keyBuffer.count > blockSize {
                let digest = H.hash(bufferPointer: keyBuffer)
                _ = block.initialize(from: digest.bytes)
            } else if keyBuffer.count > 0 {
                _ = block.initialize(from: keyBuffer)
            }
            for index in 0..<blockSize { block[index] ^= 0x36 }
            inner.update(bufferPointer: UnsafeRawBufferPointer(block))
            for index in 0..<blockSize { block[index] ^= 0x36 ^ 0x5c }
            outer.update(bufferPointer: UnsafeRawBufferPointer(block))
        }
        self.inner = inner
        self.outer = outer
    }

    /// Feeds message bytes.
    package mutating func update(bufferPointer: UnsafeRawBufferPointer) {
        inner.update(bufferPointer: bufferPointer)
    }

    /// Feeds message bytes from any byte collection.
    package mutating func update(data: some DataProtocol) {
        inner.update(data: data)
    }

    /// Feeds the UTF-8 bytes of a string.
    package mutating func update(string: String) {
        inner.update(string: string)
    }

    /// The MAC of everything fed so far.
    package func finalize() -> HashDigest {
        outerState().finalize()
    }

    /// The outer hash fed with the inner digest: finalizing it gives the MAC.
    private func outerState() -> H {
        var outerCopy = outer
        inner.withDigest { outerCopy.update(bufferPointer: $0) }
        return outerCopy
    }

    /// The MAC of `data` under `key`, in one call.
    package static func authenticationCode(for data: some DataProtocol, key: some DataProtocol) -> HashDigest {
        var mac = HMAC(key: key)
        mac.update(data: data)
        return mac.finalize()
    }

    /// The MAC of the UTF-8 bytes of `string` under `key`, in one call.
    package static func authenticationCode(for string: String, key: some DataProtocol) -> HashDigest {
        var mac = HMAC(key: key)
        mac.update(string: string)
        return mac.finalize()
    }
}
