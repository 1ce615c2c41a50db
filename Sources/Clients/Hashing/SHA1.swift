/// SHA-1 (FIPS 180-4), for S3's `ChecksumSHA1`. Not for new security uses.
package struct SHA1: HashFunction {
    /// 64 bytes.
    package static let blockByteCount = 64
    /// 20 bytes.
    package static let digestByteCount = 20

    private var hasher = BlockHasher<SHA1Core>()

    /// A fresh state.
    package init() {}

    /// Feeds bytes.
    package mutating func update(bufferPointer: UnsafeRawBufferPointer) {
        hasher.update(bufferPointer)
    }

    /// The digest of everything fed so far.
    package func finalize() -> HashDigest {
        HashDigest(bytes: hasher.finalize())
    }
}

/// SHA-1's chaining state and compression function.
package struct SHA1Core: BlockCompressor {
    package static let lengthIsBigEndian = true

    private var h0: UInt32 = 0x6745_2301, h1: UInt32 = 0xefcd_ab89, h2: UInt32 = 0x98ba_dcfe
    private var h3: UInt32 = 0x1032_5476, h4: UInt32 = 0xc3d2_e1f0

    package init() {}

    @inline(__always)
    private static func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 { (x << n) | (x >> (32 &- n)) }

    package mutating func compress(_ block: UnsafeRawPointer) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
            for i in 0..<16 {
                w[i] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: i &* 4, as: UInt32.self))
            }
            for i in 16..<80 {
                w[i] = Self.rotl(w[i &- 3] ^ w[i &- 8] ^ w[i &- 14] ^ w[i &- 16], 1)
            }
            var a = h0, b = h1, c = h2, d = h3, e = h4
            for i in 0..<80 {
                let f: UInt32, k: UInt32
                switch i {
                case 0..<20: f = (b & c) | (~b & d); k = 0x5a82_7999
                case 20..<40: f = b ^ c ^ d; k = 0x6ed9_eba1
                case 40..<60: f = (b & c) | (b & d) | (c & d); k = 0x8f1b_bcdc
                default: f = b ^ c ^ d; k = 0xca62_c1d6
                }
                let t = Self.rotl(a, 5) &+ f &+ e &+ k &+ w[i]
                e = d; d = c; c = Self.rotl(b, 30); b = a; a = t
            }
            h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d; h4 &+= e
        }
    }

    package func digestBytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(20)
        for word in [h0, h1, h2, h3, h4] {
            out.append(UInt8(truncatingIfNeeded: word >> 24))
            out.append(UInt8(truncatingIfNeeded: word >> 16))
            out.append(UInt8(truncatingIfNeeded: word >> 8))
            out.append(UInt8(truncatingIfNeeded: word))
        }
        return out
    }
}
