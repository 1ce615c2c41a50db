import CCRC

/// CRC-32C (Castagnoli), for S3's `ChecksumCRC32C`.
///
/// With SSE4.2's CRC32 instruction (CCRC) when the CPU has it; table-driven (slicing-by-8)
/// otherwise. `value` is the checksum as a number; the digest is its 4
/// big-endian bytes, as S3 base64-encodes them. `CRC32C.hash(string: "123456789").value` is `0xE3069283`.
package struct CRC32C: HashFunction {
    /// Bytes per step of the table loop.
    package static let blockByteCount = 8
    /// 4 bytes.
    package static let digestByteCount = 4

    package static let table = CRCTable(reflectedPolynomial: 0x82F6_3B78)

    private var register: UInt32 = 0xFFFF_FFFF

    /// A fresh state.
    package init() {}

    /// Whether `ccrc_crc32c_update` may run on this CPU.
    package static let hardwareAvailable = ccrc_crc32c_hardware_available() != 0

    /// Feeds bytes.
    package mutating func update(bufferPointer: UnsafeRawBufferPointer) {
        if Self.hardwareAvailable, let base = bufferPointer.baseAddress {
            register = ccrc_crc32c_update(register, base, bufferPointer.count)
        } else {
            register = Self.table.update(register, bufferPointer)
        }
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
