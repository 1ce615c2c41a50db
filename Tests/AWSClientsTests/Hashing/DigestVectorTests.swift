import Foundation
import Testing
@testable import AWSClients

/// NIST (FIPS 180) and RFC 1321 vectors for SHA-256, SHA-1 and MD5.
@Suite struct DigestVectorTests {
    struct Vector: Sendable, CustomTestStringConvertible {
        let name: String
        let message: [UInt8]
        let sha256: String
        let sha1: String
        let md5: String
        var testDescription: String { name }
    }

    static let vectors: [Vector] = [
        Vector(name: "empty", message: [],
               sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
               sha1: "da39a3ee5e6b4b0d3255bfef95601890afd80709",
               md5: "d41d8cd98f00b204e9800998ecf8427e"),
        Vector(name: "abc", message: Array("abc".utf8),
               sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
               sha1: "a9993e364706816aba3e25717850c26c9cd0d89d",
               md5: "900150983cd24fb0d6963f7d28e17f72"),
        Vector(name: "448 bits (padding spills into a second block)",
               message: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
               sha256: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
               sha1: "84983e441c3bd26ebaae4aa1f95129e5e54670f1",
               md5: "8215ef0796a20bcaaae116d3876c664a"),
        Vector(name: "one million 'a'", message: [UInt8](repeating: 0x61, count: 1_000_000),
               sha256: "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
               sha1: "34aa973cd4c4daa4f61eeb2bdbad27316534016f",
               md5: "7707d6ae4e027c70eea2a935c2296f21"),
    ]

    @Test(arguments: vectors)
    func oneShot(_ vector: Vector) {
        #expect(SHA256.hash(data: vector.message).hexString == vector.sha256)
        #expect(SHA1.hash(data: vector.message).hexString == vector.sha1)
        #expect(MD5.hash(data: vector.message).hexString == vector.md5)
    }

    @Test func rfc1321Suite() {
        let expected: [(String, String)] = [
            ("a", "0cc175b9c0f1b6a831c399e269772661"),
            ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
            ("abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"),
            ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"),
            ("12345678901234567890123456789012345678901234567890123456789012345678901234567890",
             "57edf4a22be3c955ac49da2e2107b67a"),
        ]
        for (message, digest) in expected {
            #expect(MD5.hash(string: message).hexString == digest, "MD5(\"\(message)\")")
        }
    }

    /// Every split point of a message that crosses block boundaries, fed in two and in many parts.
    @Test func streamingEqualsOneShot() {
        let message = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let sha256 = SHA256.hash(data: message), sha1 = SHA1.hash(data: message), md5 = MD5.hash(data: message)
        for split in 0...message.count {
            var a = SHA256(), b = SHA1(), c = MD5()
            for part in [message[..<split], message[split...]] {
                a.update(data: part); b.update(data: part); c.update(data: part)
            }
            #expect(a.finalize() == sha256, "SHA-256 split at \(split)")
            #expect(b.finalize() == sha1, "SHA-1 split at \(split)")
            #expect(c.finalize() == md5, "MD5 split at \(split)")
        }
        for chunk in [1, 3, 63, 64, 65, 127] {
            var hasher = SHA256()
            var index = 0
            while index < message.count {
                hasher.update(data: message[index..<min(index + chunk, message.count)])
                index += chunk
            }
            #expect(hasher.finalize() == sha256, "chunks of \(chunk)")
        }
    }

    @Test func finalizeLeavesTheStateUsable() {
        var hasher = SHA256()
        hasher.update(string: "ab")
        _ = hasher.finalize()
        hasher.update(string: "c")
        #expect(hasher.finalize().hexString == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    /// 100,003 bytes of a fixed pattern, digests from Python's hashlib.
    @Test func largePatternedInput() {
        let message = (0..<100_003).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        #expect(SHA256.hash(data: message).hexString == "2a1683cff214df29e77df156a515258190a1bc11526d41cd2b34e72a23b6b7d6")
        #expect(SHA1.hash(data: message).hexString == "0ca09192aeda656efc642731b881625ca5d98968")
        #expect(MD5.hash(data: message).hexString == "93439fea539e4ab04241007ef85abb39")
    }

    @Test func fileHashingStreamsFromDisk() throws {
        let message = Data((0..<100_003).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sigv4-hash-\(UUID().uuidString)")
        try message.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try SHA256.hash(contentsOf: url) == SHA256.hash(data: message))
        #expect(try CRC32.hash(contentsOf: url).hexString == "17340963")
    }

    @Test func missingFileThrowsAReadableError() {
        let url = URL(fileURLWithPath: "/nonexistent/sigv4-\(UUID().uuidString)")
        #expect {
            try SHA256.hash(contentsOf: url)
        } throws: { error in
            guard let error = error as? HashingError else { return false }
            return error.code == .cannotOpenFile && error.description.contains(url.path)
        }
    }
}
