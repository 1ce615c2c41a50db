import CP256
import Testing
@testable import AWSClients

/// The SigV4a key derivation against the values AWS publishes with aws-c-auth: the fixed
/// credentials of its key derivation test (public key "derived in synchronicity with Golang and
/// IAM implementations") and the key of its SigV4a signing suite's credentials.
@Suite struct SigV4aKeyDerivationTests {
    static func bytes(_ hex: String) -> [UInt8] { Hex.decode(hex) ?? [] }

    @Test func awsCAuthFixedCredentialsDeriveThePublishedPublicKey() throws {
        let key = try SigV4aKeyDerivation.privateKey(accessKeyID: "AKISORANDOMAASORANDOM",
                                                     secretAccessKey: "q+jcrXGc+0zWN6uzclKVhvMmUsIfRPa4rlRandom")
        let publicKey = key.publicKey
        #expect(Hex.encode(publicKey.x) == "15d242ceebf8d8169fd6a8b5a746c41140414c3b07579038da06af89190fffcb")
        #expect(Hex.encode(publicKey.y) == "0515242cedd82e94799482e4c0514b505afccf2c0c98d6a553bf539f424c5ec0")
        let reference = ReferenceP256.publicKey(privateKey: key.scalar)
        #expect(reference.x == publicKey.x && reference.y == publicKey.y)
    }

    @Test func theSigningSuitesCredentialsDeriveItsKey() throws {
        // aws-c-auth tests/aws-signing-test-suite/v4a/post-vanilla-empty-query-value/key.pem, the
        // private key of AKIDEXAMPLE / wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY.
        let key = try SigV4aKeyDerivation.privateKey(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
        #expect(key.scalar == Self.bytes("7efc8c0e65a324242818c5a50c891c6060b6a00717b7ba3cbe3c5d765be9259c"))
        #expect(Hex.encode(key.publicKey.x) == "b6618f6a65740a99e650b33b6b4b5bd0d43b176d721a3edfea7e7d2d56d936b1")
    }

    @Test func theCandidateIsUsedWhenAtMostNMinusTwo() {
        func step(_ hex: String) -> (usable: Bool, key: String) {
            var key = [UInt8](repeating: 0, count: 32)
            let candidate = Self.bytes(hex)
            let usable = candidate.withUnsafeBufferPointer { c in key.withUnsafeMutableBufferPointer { cp256_key_from_candidate(c.baseAddress, $0.baseAddress) } }
            return (usable == 1, Hex.encode(key))
        }
        let nMinusTwo = step("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc63254f")
        #expect(nMinusTwo.usable && nMinusTwo.key == "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632550")
        #expect(!step("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632550").usable)
        #expect(!step("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551").usable)
        #expect(!step(String(repeating: "f", count: 64)).usable)
        let zero = step(String(repeating: "0", count: 64))
        #expect(zero.usable && zero.key == String(repeating: "0", count: 63) + "1")
    }

    @Test func theCacheDerivesOncePerKeyPair() throws {
        let cache = SigV4aKeyCache()
        let first = try cache.key(for: Credentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"))
        let token = try cache.key(for: Credentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                                                   sessionToken: "t"))
        let other = try cache.key(for: Credentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "other"))
        #expect(first == token && first != other)
    }
}
