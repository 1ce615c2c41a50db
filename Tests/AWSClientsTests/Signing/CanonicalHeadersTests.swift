import Testing
@testable import AWSClients

/// The canonical headers against a plain reference implementation of botocore's rules.
@Suite struct CanonicalHeadersTests {
    /// Lowercase every name, drop unsigned ones, add host, sort by name bytes (stable), join.
    static func reference(_ headers: HTTPHeaders, host: String) -> (block: String, signed: String) {
        var fields: [(name: String, value: String)] = headers.map { ($0.name.lowercased(), SigV4Signer.trimAll($0.value)) }
            .filter { !SigV4Signer.isUnsignedHeader($0.name) }
        if !fields.contains(where: { $0.name == "host" }) { fields.append(("host", host)) }
        let sorted = fields.enumerated().sorted { lhs, rhs in
            lhs.element.name == rhs.element.name ? lhs.offset < rhs.offset
                : lhs.element.name.utf8.lexicographicallyPrecedes(rhs.element.name.utf8)
        }.map(\.element)
        var names: [String] = []
        var lines: [String] = []
        for field in sorted {
            if field.name == names.last {
                lines[lines.count - 1] += "," + field.value
            } else {
                names.append(field.name)
                lines.append(field.name + ":" + field.value)
            }
        }
        return (lines.map { $0 + "\n" }.joined(), names.joined(separator: ";"))
    }

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
    func matchesReference(_ index: Int) {
        let (name, headers) = Self.cases[index]
        let fast = SigV4Signer.canonicalHeaders(headers, host: "example.amazonaws.com")
        let general = Self.reference(headers, host: "example.amazonaws.com")
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
