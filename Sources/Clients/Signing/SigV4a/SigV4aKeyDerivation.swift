import CP256

/// The SigV4a signing key of a pair of credentials, as the SigV4a specification derives it: the
/// NIST SP 800-108 counter-mode KDF with HMAC-SHA256, keyed with `"AWS4A" + secret`, over the
/// fixed input
///
///     i (= 1, 4 bytes) || "AWS4-ECDSA-P256-SHA256" || 0x00 || access key ID || counter (1 byte) || L (= 256, 4 bytes)
///
/// gives a 256-bit candidate c; when c <= n - 2 the private scalar is c + 1, else the counter
/// goes up by one (from 1, at most 254 times) and the next candidate is tried. Every SDK that
/// signs SigV4a derives the same key, so AWS can check the signature with its public half.
package enum SigV4aKeyDerivation {
    /// The label in the fixed input: the algorithm's name.
    static let label = Array("AWS4-ECDSA-P256-SHA256".utf8)

    /// The private key of `accessKeyID` and `secretAccessKey`.
    package static func privateKey(accessKeyID: String, secretAccessKey: String) throws(SigningError) -> P256PrivateKey {
        let mac = HMAC<SHA256>(key: Array("AWS4A\(secretAccessKey)".utf8))
        var input: [UInt8] = [0, 0, 0, 1] + label + [0x00] + Array(accessKeyID.utf8) + [0] + [0x00, 0x00, 0x01, 0x00]
        let counterIndex = input.count - 5
        var key = [UInt8](repeating: 0, count: 32)
        for counter in UInt8(1)...254 {
            input[counterIndex] = counter
            var round = mac
            input.withUnsafeBytes { round.update(bufferPointer: $0) }
            let candidate = round.finalize().bytes
            let usable = candidate.withUnsafeBufferPointer { c in
                key.withUnsafeMutableBufferPointer { cp256_key_from_candidate(c.baseAddress, $0.baseAddress) }
            }
            if usable == 1, let derived = P256PrivateKey(scalar: key) { return derived }
        }
        // Each candidate fails with probability about 2^-32: 254 failures do not happen.
        throw SigningError(code: .keyDerivationFailed, message: "No SigV4a signing key could be derived for the access key "
            + "\(accessKeyID) (254 candidates out of range). Use other credentials.")
    }
}
