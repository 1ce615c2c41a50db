import CSHA256

/// SHA-256 (FIPS 180-4): SigV4's payload and canonical-request hash, and S3's `ChecksumSHA256`.
package struct SHA256: HashFunction {
    /// 64 bytes.
    package static let blockByteCount = 64
    /// 32 bytes.
    package static let digestByteCount = 32

    private var hasher = BlockHasher<SHA256Core>()

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

    /// Calls `body` with the digest of everything fed so far, on the stack.
    package func withDigest<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try hasher.withDigest(body)
    }
}

/// SHA-256's chaining state and compression function.
package struct SHA256Core: BlockCompressor {
    package static let lengthIsBigEndian = true

    private var h0: UInt32 = 0x6a09_e667, h1: UInt32 = 0xbb67_ae85
    private var h2: UInt32 = 0x3c6e_f372, h3: UInt32 = 0xa54f_f53a
    private var h4: UInt32 = 0x510e_527f, h5: UInt32 = 0x9b05_688c
    private var h6: UInt32 = 0x1f83_d9ab, h7: UInt32 = 0x5be0_cd19

    package init() {}

    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 &- n)) }

    /// One round, with the eight working variables passed rotated instead of shifted: the round
    /// adds `t1` into `d` (the next `e`) and stores `t1 + t2` into `h` (the next `a`), so eight
    /// calls with the arguments rotated by one make a full cycle with no register moves.
    @inline(__always)
    private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                              _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32) {
        let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
        let choice = g ^ (e & (f ^ g))
        let t1 = h &+ s1 &+ choice &+ kw
        let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
        let majority = (a & b) | (c & (a | b))
        d &+= t1
        h = t1 &+ s0 &+ majority
    }

    /// Whether the CPU's SHA instructions do the compression (x86-64 with SHA-NI; checked once).
    package static let hardwareAvailable = csha256_hardware_available() != 0

    package mutating func compress(_ block: UnsafeRawPointer) {
        if Self.hardwareAvailable {
            compressWithHardware(block)
        } else {
            compressPortable(block)
        }
    }

    /// One block through `csha256_compress_blocks` (CSHA256); call only when `hardwareAvailable`.
    package mutating func compressWithHardware(_ block: UnsafeRawPointer) {
        // A homogeneous tuple is laid out like a C array, which is what the C function reads and writes.
        var state = (h0, h1, h2, h3, h4, h5, h6, h7)
        withUnsafeMutableBytes(of: &state) { raw in
            guard let words = raw.bindMemory(to: UInt32.self).baseAddress else { return }
            csha256_compress_blocks(words, block, 1)
        }
        (h0, h1, h2, h3, h4, h5, h6, h7) = state
    }

    /// One block through the Swift rounds (FIPS 180-4), on any CPU.
    package mutating func compressPortable(_ block: UnsafeRawPointer) {
        // `w` is a 64-word stack buffer and every index below is in 0..<64 by construction.
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { buffer in
            guard let w = buffer.baseAddress else { return }
            for i in 0..<16 {
                w[i] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: i &* 4, as: UInt32.self))
            }
            for i in 16..<64 {
                let x = w[i &- 15], y = w[i &- 2]
                let s0 = Self.rotr(x, 7) ^ Self.rotr(x, 18) ^ (x >> 3)
                let s1 = Self.rotr(y, 17) ^ Self.rotr(y, 19) ^ (y >> 10)
                w[i] = w[i &- 16] &+ s0 &+ w[i &- 7] &+ s1
            }
            var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7
            Self.roundConstants.withUnsafeBufferPointer { constants in
                guard let k = constants.baseAddress else { return }
                var i = 0
                while i < 64 {
                    Self.round(a, b, c, &d, e, f, g, &h, k[i] &+ w[i])
                    Self.round(h, a, b, &c, d, e, f, &g, k[i &+ 1] &+ w[i &+ 1])
                    Self.round(g, h, a, &b, c, d, e, &f, k[i &+ 2] &+ w[i &+ 2])
                    Self.round(f, g, h, &a, b, c, d, &e, k[i &+ 3] &+ w[i &+ 3])
                    Self.round(e, f, g, &h, a, b, c, &d, k[i &+ 4] &+ w[i &+ 4])
                    Self.round(d, e, f, &g, h, a, b, &c, k[i &+ 5] &+ w[i &+ 5])
                    Self.round(c, d, e, &f, g, h, a, &b, k[i &+ 6] &+ w[i &+ 6])
                    Self.round(b, c, d, &e, f, g, h, &a, k[i &+ 7] &+ w[i &+ 7])
                    i &+= 8
                }
            }
            h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d
            h4 &+= e; h5 &+= f; h6 &+= g; h7 &+= h
        }
    }

    package func digestBytes() -> [UInt8] {
        withDigest { [UInt8]($0) }
    }

    /// The eight state words big-endian, on the stack.
    package func withDigest<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        var words = (h0.bigEndian, h1.bigEndian, h2.bigEndian, h3.bigEndian,
                     h4.bigEndian, h5.bigEndian, h6.bigEndian, h7.bigEndian)
        return try withUnsafeBytes(of: &words, body)
    }
}
