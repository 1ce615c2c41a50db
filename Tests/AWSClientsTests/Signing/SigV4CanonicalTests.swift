import Foundation
import Testing
@testable import AWSClients

/// The canonical-request building blocks, case by case against botocore's behaviour.
@Suite struct SigV4CanonicalTests {
    @Test(arguments: [
        ("", "/"), ("/", "/"), ("//", "/"), ("/./", "/"), ("/example/..", "/"), ("/a/b/../..", "/"),
        ("//example//", "/example/"), ("/./example", "/example"), ("/a/../../b", "/b"), ("a/b", "a/b"),
    ])
    func dotSegmentRemoval(_ input: String, _ expected: String) {
        #expect(SigV4Signer.removeDotSegments(input) == expected, "\(input)")
    }

    @Test func canonicalURI() {
        #expect(SigV4Signer.canonicalURI(path: "/a b/%2F~$", s3: false) == "/a%20b/%252F~%24")
        #expect(SigV4Signer.canonicalURI(path: "//a/./b%20c", s3: true) == "//a/./b%20c")
        #expect(SigV4Signer.canonicalURI(path: "", s3: true) == "/")
    }

    @Test func canonicalQuerySortsByKeyThenValueWithoutReencoding() {
        #expect(SigV4Signer.canonicalQuery("") == "")
        #expect(SigV4Signer.canonicalQuery("b=2&a=z&a=y&A=1&flag") == "A=1&a=y&a=z&b=2&flag=")
        #expect(SigV4Signer.canonicalQuery("k=%2F%20&j=a%2Bb") == "j=a%2Bb&k=%2F%20")
    }

    @Test(arguments: [
        ("value", "value"), ("  a   b  ", "a b"), ("a\tb", "a b"), ("a\n  b\n   c", "a b c"), ("", ""), ("   ", ""),
        ("\"a   b   c\"", "\"a b c\""),
    ])
    func trimAll(_ input: String, _ expected: String) {
        #expect(SigV4Signer.trimAll(input) == expected)
    }

    @Test func canonicalHeadersJoinRepeatsAndSkipExcludedNames() {
        let headers: HTTPHeaders = HTTPHeaders([
            ("X-B", "2"), ("user-agent", "ua"), ("x-a", " 1 "), ("X-B", "1"), ("Transfer-Encoding", "chunked"), ("HOST", "h"),
        ])
        let (block, signed) = SigV4Signer.canonicalHeaders(headers, host: "ignored")
        #expect(block == "host:h\nx-a:1\nx-b:2,1\n")
        #expect(signed == "host;x-a;x-b")
        let (_, derived) = SigV4Signer.canonicalHeaders(HTTPHeaders(), host: "example.com")
        #expect(derived == "host")
    }

    @Test(arguments: [
        ("https://Example.COM/p?q=1#f", "example.com", "/p", "q=1"),
        ("https://example.com:443", "example.com", "", ""),
        ("http://example.com:80/", "example.com", "/", ""),
        ("http://user:pw@example.com:8080/a%20b?x", "example.com:8080", "/a%20b", "x"),
        ("https://[::1]:9000/b", "[::1]:9000", "/b", ""),
    ])
    func urlParts(_ text: String, _ host: String, _ path: String, _ query: String) {
        let url = SigV4URL(text: text)
        #expect(url.host == host, "\(text)")
        #expect(url.path == path, "\(text)")
        #expect(url.query == query, "\(text)")
    }
}
