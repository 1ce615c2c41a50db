import Testing
@testable import AWSClients

/// The byte-level canonical headers against the general (Unicode-lowercasing) path.
@Suite struct CanonicalHeadersTests {
    static let cases: [(String, HTTPHeaders)] = [
        ("mixed case, repeats, unsigned names", HTTPHeaders([
            ("X-Amz-Date", "20150830T123600Z"), ("My-Header1", " a   b "), ("User-Agent", "ua"), ("my-header1", "c"),
            ("Content-Type", "text/plain"), ("EXPECT", "100-continue"), ("X-Amz-Content-SHA256", "UNSIGNED-PAYLOAD"),
            ("x-amz-checksum-crc32", "AAAAAA=="), ("Host", "example.amazonaws.com"),
        ])),
        ("names sharing an eight-byte prefix", HTTPHeaders([
            ("x-amz-meta-b", "2"), ("X-Amz-Meta-A", "1"), ("x-amz-meta", "0"), ("x-amz-me", "short"),
        ])),
        ("no headers", HTTPHeaders()),
    ]

    @Test(arguments: 0..<cases.count)
    func asciiPathMatchesGeneralPath(_ index: Int) {
        let (name, headers) = Self.cases[index]
        let fast = SigV4Signer.canonicalHeaders(headers, host: "example.amazonaws.com")
        let general = SigV4Signer.canonicalHeadersLowercasing(headers, host: "example.amazonaws.com")
        #expect(fast.block == general.block, "\(name)")
        #expect(fast.signed == general.signed, "\(name)")
    }

    @Test func nonASCIINamesAreLowercasedWithUnicodeRules() {
        let headers = HTTPHeaders([("X-Ÿ", "1"), ("x-a", "2")])
        let result = SigV4Signer.canonicalHeaders(headers, host: "h")
        #expect(result.signed == "host;x-a;x-ÿ")
        #expect(result.block == "host:h\nx-a:2\nx-ÿ:1\n")
    }
}
