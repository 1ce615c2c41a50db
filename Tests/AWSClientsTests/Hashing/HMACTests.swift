import Foundation
import Testing
@testable import AWSClients

/// RFC 4231 (HMAC-SHA256) and RFC 2202 (HMAC-SHA1, HMAC-MD5) vectors.
@Suite struct HMACTests {
    struct Vector: Sendable, CustomTestStringConvertible {
        let name: String
        let key: [UInt8]
        let data: [UInt8]
        let mac: String
        var testDescription: String { name }
    }

    static let rfc4231: [Vector] = [
        Vector(name: "test case 1", key: [UInt8](repeating: 0x0b, count: 20), data: Array("Hi There".utf8),
               mac: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        Vector(name: "test case 2 (short key)", key: Array("Jefe".utf8), data: Array("what do ya want for nothing?".utf8),
               mac: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        Vector(name: "test case 3", key: [UInt8](repeating: 0xaa, count: 20), data: [UInt8](repeating: 0xdd, count: 50),
               mac: "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
        Vector(name: "test case 4", key: Array(1...25), data: [UInt8](repeating: 0xcd, count: 50),
               mac: "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
        Vector(name: "test case 6 (key longer than a block)", key: [UInt8](repeating: 0xaa, count: 131),
               data: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
               mac: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
        Vector(name: "test case 7 (long key and data)", key: [UInt8](repeating: 0xaa, count: 131),
               data: Array(("This is a test using a larger than block-size key and a larger than block-size data."
                   + " The key needs to be hashed before being used by the HMAC algorithm.").utf8),
               mac: "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
    ]

    @Test(arguments: rfc4231)
    func hmacSHA256(_ vector: Vector) {
        #expect(HMAC<SHA256>.authenticationCode(for: vector.data, key: vector.key).hexString == vector.mac)
        var streaming = HMAC<SHA256>(key: vector.key)
        for byte in vector.data { streaming.update(data: [byte]) }
        #expect(streaming.finalize().hexString == vector.mac)
    }

    @Test func otherHashes() {
        #expect(HMAC<MD5>.authenticationCode(for: "Hi There", key: [UInt8](repeating: 0x0b, count: 16)).hexString
            == "9294727a3638bb1c13f48ef8158bfc9d")
        #expect(HMAC<SHA1>.authenticationCode(for: "Hi There", key: [UInt8](repeating: 0x0b, count: 20)).hexString
            == "b617318655057264e28bc0b6fb378c8ef146be00")
    }
}
