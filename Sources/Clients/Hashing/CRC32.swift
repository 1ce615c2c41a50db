import CCRC

/// CRC-32 (IEEE 802.3, zlib's `crc32`), for S3's `ChecksumCRC32` and DynamoDB's response check.
///
/// Folded with carry-less multiplication (CCRC) when the CPU has it, for runs of 64 bytes or
/// more; table-driven (slicing-by-8) otherwise and for the tail. `value` is the checksum as a number; the digest is its 4
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

    /// Whether `ccrc_crc32_fold` may run on this CPU.
    package static let hardwareAvailable = ccrc_crc32_hardware_available() != 0

    /// Feeds bytes.
    package mutating func update(bufferPointer: UnsafeRawBufferPointer) {
        register = Self.hardwareAvailable ? Self.foldedUpdate(register, bufferPointer) : Self.table.update(register, bufferPointer)
    }

    /// The register advanced over `input`: its longest prefix that is a multiple of 16 bytes
    /// (when at least 64) by the hardware fold, the rest by the tables.
    package static func foldedUpdate(_ crc: UInt32, _ input: UnsafeRawBufferPointer) -> UInt32 {
        guard let base = input.baseAddress, input.count >= 64 else { return table.update(crc, input) }
        let folded = input.count & ~15
        let register = ccrc_crc32_fold(crc, base, folded)
        return table.update(register, UnsafeRawBufferPointer(rebasing: input[folded...]))
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
