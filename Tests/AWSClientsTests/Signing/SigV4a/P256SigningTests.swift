import CP256
import Foundation
import Testing
@testable import AWSClients

/// ECDSA P-256 signing (CP256 through `P256PrivateKey`): RFC 6979's own test vectors, the public
/// key against a reference computed apart, DER encoding, and signatures checked by
/// `ReferenceP256`, a verifier written from the standards.
@Suite struct P256SigningTests {
    static func bytes(_ hex: String) -> [UInt8] { Hex.decode(hex) ?? [] }
    static func digest(_ text: String) -> [UInt8] { SHA256.hash(data: Data(text.utf8)).bytes }

    /// RFC 6979 A.2.5: the P-256 key and the SHA-256 signatures of "sample" and "test".
    static let rfcKey = bytes("c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721")
    static let rfcCases: [(message: String, r: String, s: String)] = [
        ("sample", "efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716",
         "f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8"),
        ("test", "f1abb023518351cd71d881567b1ea663ed3efcf6c5132b354f28d3b0b7d38367",
         "019f4113742a2b14bd25926b49c649155f267e60d3814b4c0cc84250e46f0083"),
    ]

    @Test func rfc6979VectorsGiveTheSameSignatures() throws {
        let key = try #require(P256PrivateKey(scalar: Self.rfcKey))
        for (message, r, s) in Self.rfcCases {
            let signature = key.signature(digest: Self.digest(message))
            #expect(Hex.encode(signature.r) == r, "\(message)")
            #expect(Hex.encode(signature.s) == s, "\(message)")
        }
        let publicKey = key.publicKey
        #expect(Hex.encode(publicKey.x) == "60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6")
        #expect(Hex.encode(publicKey.y) == "7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299")
    }

    @Test func theReferenceVerifierAcceptsTheRFCSignaturesAndRejectsAlteredOnes() throws {
        let key = try #require(P256PrivateKey(scalar: Self.rfcKey))
        let publicKey = key.publicKey
        for (message, r, s) in Self.rfcCases {
            let der = ECDSASignature(r: Self.bytes(r), s: Self.bytes(s)).derBytes
            #expect(ReferenceP256.verify(digest: Self.digest(message), signature: der, publicKey: publicKey), "\(message)")
            var flipped = der
            flipped[flipped.count - 1] ^= 0x01
            #expect(!ReferenceP256.verify(digest: Self.digest(message), signature: flipped, publicKey: publicKey))
            #expect(!ReferenceP256.verify(digest: Self.digest(message + "!"), signature: der, publicKey: publicKey))
        }
    }

    @Test func publicKeysMatchTheReferenceMultiplication() throws {
        var generator = SeededBytes(seed: 6979)
        for _ in 0..<4 {
            guard let key = P256PrivateKey(scalar: generator.next(32)) else { continue }
            let expected = ReferenceP256.publicKey(privateKey: key.scalar)
            let actual = key.publicKey
            #expect(actual.x == expected.x && actual.y == expected.y)
        }
        // The smallest and largest scalars: 1·G is G, (n - 1)·G is -G.
        let one = try #require(P256PrivateKey(scalar: [UInt8](repeating: 0, count: 31) + [1]))
        #expect(Hex.encode(one.publicKey.x) == "6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296")
        let last = try #require(P256PrivateKey(scalar: Self.bytes("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632550")))
        #expect(last.publicKey.x == one.publicKey.x && last.publicKey.y != one.publicKey.y)
    }

    @Test func signaturesOfRandomDigestsVerify() throws {
        var generator = SeededBytes(seed: 42)
        for round in 0..<6 {
            guard let key = P256PrivateKey(scalar: generator.next(32)) else { continue }
            let digest = generator.next(32)
            let signature = key.signature(digest: digest)
            #expect(key.signature(digest: digest) == signature, "deterministic, round \(round)")
            #expect(ReferenceP256.verify(digest: digest, signature: signature.derBytes, publicKey: key.publicKey), "round \(round)")
        }
    }

    @Test func outOfRangeScalarsAreRefused() {
        #expect(P256PrivateKey(scalar: [UInt8](repeating: 0, count: 32)) == nil)
        #expect(P256PrivateKey(scalar: Self.bytes("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551")) == nil)
        #expect(P256PrivateKey(scalar: [UInt8](repeating: 0xff, count: 32)) == nil)
        #expect(P256PrivateKey(scalar: [1]) == nil)
    }

    @Test func derEncodingIsMinimalAndPositive() {
        let high = [UInt8](repeating: 0x80, count: 32), low = [UInt8](repeating: 0, count: 31) + [0x05]
        let der = ECDSASignature(r: high, s: low).derBytes
        #expect(der == [0x30, 0x26, 0x02, 0x21, 0x00] + high + [0x02, 0x01, 0x05])
        #expect(ReferenceP256.parseDER(der) != nil)
        let small = [UInt8](repeating: 0, count: 2) + [UInt8](repeating: 0x7f, count: 30)
        #expect(ECDSASignature(r: small, s: small).derBytes.count == 2 + 2 * (2 + 30))
    }

    @Test func theKeyNeverPrints() throws {
        let key = try #require(P256PrivateKey(scalar: Self.rfcKey))
        #expect(!"\(key)".contains("c9af") && !String(reflecting: key).contains("c9af"))
    }

    @Test func theTableScanIsTheOnlyUseOfTheScalarDigits() throws {
        // The structure the constant-time claim rests on, checked in the source: the scalar's
        // digits reach memory only through masks, and signing branches only on public values.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/CP256")
        let point = try String(contentsOf: root.appendingPathComponent("p256_point.c"), encoding: .utf8)
        let baseMul = try #require(point.range(of: "void cp256_base_mul(").map { String(point[$0.lowerBound...]) })
        #expect(!baseMul.contains("if (") && !baseMul.contains("row[digit") && !baseMul.contains("? "))
        let field = try String(contentsOf: root.appendingPathComponent("p256_fe.h"), encoding: .utf8)
        #expect(!field.contains("if (") && !field.contains("? "))
    }
}

/// Reproducible pseudo-random bytes (SplitMix64) for test inputs.
struct SeededBytes {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(_ count: Int) -> [UInt8] {
        var out: [UInt8] = []
        while out.count < count {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            z ^= z >> 31
            withUnsafeBytes(of: z) { out.append(contentsOf: $0) }
        }
        return Array(out.prefix(count))
    }
}
