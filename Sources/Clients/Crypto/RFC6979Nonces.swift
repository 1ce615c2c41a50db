import CP256

/// Deterministic ECDSA nonces (RFC 6979 section 3.2) for P-256 with HMAC-SHA256: the nonce is
/// drawn from an HMAC_DRBG seeded with the private key and the digest, so signing needs no
/// random source (a weak one leaks the key through biased nonces) and the same request, key
/// and time always give the same signature, which tests can pin.
///
/// `next()` gives candidates in order; the caller skips any that are out of range or give a
/// zero r or s (step h's retry), which happens with probability below 2^-32.
struct RFC6979Nonces {
    private var k: [UInt8] = Array(repeating: 0x00, count: 32)
    private var v: [UInt8] = Array(repeating: 0x01, count: 32)
    private var started = false

    /// The generator for private key `key` (32 bytes) and message digest `digest` (32 bytes,
    /// reduced mod n here as bits2octets says).
    init(key: [UInt8], digest: [UInt8]) {
        var reduced = [UInt8](repeating: 0, count: 32)
        digest.withUnsafeBufferPointer { input in
            reduced.withUnsafeMutableBufferPointer { cp256_scalar_reduce(input.baseAddress, $0.baseAddress) }
        }
        let seed = key + reduced
        k = Self.mac(key: k, v + [0x00] + seed)
        v = Self.mac(key: k, v)
        k = Self.mac(key: k, v + [0x01] + seed)
        v = Self.mac(key: k, v)
    }

    /// The next candidate nonce (32 bytes; qlen = hlen = 256, so one HMAC block each).
    mutating func next() -> [UInt8] {
        if started {
            k = Self.mac(key: k, v + [0x00])
            v = Self.mac(key: k, v)
        }
        started = true
        v = Self.mac(key: k, v)
        return v
    }

    private static func mac(key: [UInt8], _ message: [UInt8]) -> [UInt8] {
        HMAC<SHA256>.authenticationCode(for: message, key: key).bytes
    }
}
