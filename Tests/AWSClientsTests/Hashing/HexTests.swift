import Testing
@testable import AWSClients

@Suite struct HexTests {
    @Test func roundTrip() {
        let bytes: [UInt8] = [0x00, 0x01, 0x7f, 0x80, 0xab, 0xff]
        #expect(Hex.encode(bytes) == "00017f80abff")
        #expect(Hex.decode("00017F80abFF") == bytes)
        #expect(Hex.decode("") == [])
    }

    @Test func rejectsBadInput() {
        #expect(Hex.decode("abc") == nil)
        #expect(Hex.decode("zz") == nil)
    }

    @Test func digestRenderings() {
        let digest = MD5.hash(string: "")
        #expect(digest.hexString == "d41d8cd98f00b204e9800998ecf8427e")
        #expect(digest.base64String == "1B2M2Y8AsgTpgAmY7PhCfg==")
        #expect(digest.description == digest.hexString)
        #expect(digest.count == MD5.digestByteCount)
    }
}
