/// CRC-32 (IEEE 802.3, zlib's `crc32`), for S3's `ChecksumCRC32` and DynamoDB's response check.
///
/// Table-driven (slicing-by-8). `value` is the checksum as a number; the digest is its 4
/// big-endian bytes, as S3 base64-encodes them. `CRC32.hash(string: "123456789").value` is `0xCBF43926`.
package struct CRC32: HashFunction {
    /// Bytes per step of the table loop.
    package static let blockByteCount = 8
    /// 4 bytes.
    package static let digestByteCount = 4

    package static let table = CRCTable(reflectedPolynomial: 0xEDB8_8320)

    private var register: UInt32 = 0xFFFF_FFFF

    /// A fresh state.
    package init() {}

    /// Feeds bytes.
    package mutating func update(bufferPointer: UnsafeRawBufferPointer) {
        register = Self.table.update(register, bufferPointer)
    }

    /// The checksum of everything fed so far.
    package var value: UInt32 { ~register }

    /// The checksum as 4 big-endian bytes.
    package func finalize() -> HashDigest {
        let checksum = value
        return HashDigest(bytes: [
            UInt8(truncatingIfNeeded: checksum >> 24), UInt8(truncatingIfNeeded: checksum >> 16),
            UInt8(truncatingIfNeeded: checksum >> 8), UInt8(truncatingIfNeeded: checksum),
        ])
    }
}
