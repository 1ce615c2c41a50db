import Testing
@testable import AWSClients

/// The SHA-NI compression (CSHA256) against the portable Swift rounds, block by block.
@Suite struct SHA256HardwareTests {
    /// A deterministic byte stream (xorshift), so a failure is reproducible.
    static func pseudoRandomBytes(count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt8(truncatingIfNeeded: state)
        }
    }

    @Test(.enabled(if: SHA256Core.hardwareAvailable, "this CPU has no SHA extensions"), arguments: [1, 2, 3, 64, 257])
    func hardwareMatchesPortable(blocks: Int) {
        let input = Self.pseudoRandomBytes(count: blocks * 64, seed: UInt64(blocks) &* 0x9E37_79B9_7F4A_7C15)
        var hardware = SHA256Core()
        var portable = SHA256Core()
        input.withUnsafeBytes { raw in
            for block in 0..<blocks {
                guard let base = raw.baseAddress else { return }
                hardware.compressWithHardware(base + block * 64)
                portable.compressPortable(base + block * 64)
                #expect(hardware.digestBytes() == portable.digestBytes(), "state differs after block \(block)")
            }
        }
    }
}
