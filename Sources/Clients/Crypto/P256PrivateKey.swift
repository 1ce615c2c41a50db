import CP256

/// A P-256 private key: the scalar d, 1 <= d <= n - 1, as 32 big-endian bytes. SigV4a derives one
/// from the credentials (`SigV4aKeyDerivation`) and signs each string to sign with it.
///
/// `description` never shows the scalar.
package struct P256PrivateKey: Sendable, Hashable, CustomStringConvertible {
    /// d, 32 bytes big-endian.
    package let scalar: [UInt8]

    /// The key with scalar `scalar` (32 bytes big-endian), or `nil` when it is not in [1, n - 1].
    package init?(scalar: [UInt8]) {
        guard scalar.count == 32, scalar.withUnsafeBufferPointer({ cp256_scalar_is_valid($0.baseAddress) }) == 1 else { return nil }
        self.scalar = scalar
    }

    /// The public key d·G as the affine coordinates (x, y), 32 bytes each.
    package var publicKey: (x: [UInt8], y: [UInt8]) {
        var x = [UInt8](repeating: 0, count: 32), y = [UInt8](repeating: 0, count: 32)
        let made = scalar.withUnsafeBufferPointer { d in
            x.withUnsafeMutableBufferPointer { xOut in
                y.withUnsafeMutableBufferPointer { yOut in
                    cp256_public_key(P256BaseTable.shared.pointer, d.baseAddress, xOut.baseAddress, yOut.baseAddress)
                }
            }
        }
        precondition(made == 1, "a P256PrivateKey always holds a valid scalar")
        return (x, y)
    }

    /// The ECDSA signature of `digest` (a SHA-256 digest, 32 bytes), with the RFC 6979 nonce.
    package func signature(digest: [UInt8]) -> ECDSASignature {
        precondition(digest.count == 32, "ECDSA over P-256 signs a 32-byte digest")
        var nonces = RFC6979Nonces(key: scalar, digest: digest)
        var r = [UInt8](repeating: 0, count: 32), s = [UInt8](repeating: 0, count: 32)
        while true {
            let nonce = nonces.next()
            let signed = scalar.withUnsafeBufferPointer { d in
                digest.withUnsafeBufferPointer { e in
                    nonce.withUnsafeBufferPointer { k in
                        r.withUnsafeMutableBufferPointer { rOut in
                            s.withUnsafeMutableBufferPointer { sOut in
                                cp256_sign(P256BaseTable.shared.pointer, d.baseAddress, e.baseAddress, k.baseAddress,
                                           rOut.baseAddress, sOut.baseAddress)
                            }
                        }
                    }
                }
            }
            if signed == 1 { return ECDSASignature(r: r, s: s) }
        }
    }

    /// Redacted: the scalar is the signing secret.
    package var description: String { "P256PrivateKey(<redacted>)" }
}
