import Foundation
import Testing
@testable import AWSClients

/// Header values with Unicode spaces, signed as botocore signs them: its canonical value is
/// Python's `' '.join(value.split())`, and `str.split()` splits on every character for which
/// `str.isspace()` holds, ASCII or not. The value sent stays as given.
@Suite struct SigV4UnicodeWhitespaceTests {
    /// Every non-ASCII character `str.isspace()` accepts (checked in python3 over all of Unicode).
    static let unicodeSpaces: [UInt32] = [
        0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
        0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
    ]

    static func text(_ scalar: UInt32) -> String { String(Character(Unicode.Scalar(scalar)!)) }

    /// `"<sp>a<sp><sp>b <sp>c<sp>"`: leading, repeated, mixed with an ASCII space, trailing.
    static func spaced(_ scalar: UInt32) -> String {
        let space = text(scalar)
        return space + "a" + space + space + "b " + space + "c" + space
    }

    @Test(arguments: unicodeSpaces)
    func eachUnicodeSpaceIsTrimmedAndCollapsed(_ scalar: UInt32) {
        #expect(SigV4Signer.trimAll(Self.spaced(scalar)) == "a b c", "U+\(String(scalar, radix: 16, uppercase: true))")
    }

    /// Characters next to the spaces in UTF-8 (same lead bytes, neighbouring code points) and the
    /// zero-width characters Python does not call spaces.
    @Test(arguments: [
        ("\u{C2}\u{A1}", "\u{C2}\u{A1}"), ("x\u{2010}y", "x\u{2010}y"), ("\u{200B}a\u{200B}", "\u{200B}a\u{200B}"),
        ("a\u{200C}\u{2060}\u{FEFF}b", "a\u{200C}\u{2060}\u{FEFF}b"), ("\u{3001}\u{1681}\u{205E}\u{202E}", "\u{3001}\u{1681}\u{205E}\u{202E}"),
        ("été", "été"), ("中文\u{3000}\u{3000}中文", "中文 中文"), ("\u{A0}", ""), (" \t\u{A0}\u{3000}\n", ""),
        ("a\u{1C}\u{1D}\u{1E}\u{1F}b", "a b"),
    ])
    func nonSpacesAreKept(_ input: String, _ expected: String) {
        #expect(SigV4Signer.trimAll(input) == expected)
    }

    /// The signature botocore 1.43.11's `SigV4Auth.add_auth` computed for these headers at
    /// 2024-05-17 09:30:15 UTC (`get_current_datetime` patched), pasted here.
    @Test func signatureMatchesBotocore() throws {
        var fields: [(String, String)] = []
        for (index, scalar) in Self.unicodeSpaces.enumerated() {
            fields.append((index < 10 ? "X-Space-0\(index)" : "X-Space-\(index)", Self.spaced(scalar)))
        }
        fields.append(("X-Mixed", "\u{E9}t\u{E9}\u{3000}\u{4E2D}\u{6587} \t\u{A0}x\u{200B}\u{2060}y\u{FEFF}"))
        fields.append(("X-Near", "\u{C2}\u{A1} \u{2010} \u{200C} \u{3001} \u{1681}"))
        let headers = HTTPHeaders(fields)
        var request = HTTPRequest(method: "GET", url: try #require(URL(string: "https://service.us-east-1.amazonaws.com/")),
                                  headers: headers)
        let signer = SigV4Signer(credentials: SigV4SignerTests.credentials, region: "us-east-1", service: "service")
        let signature = try signer.sign(&request, date: SigV4SignerTests.date)
        #expect(signature.signature == "4f5183ec778df5b9bffa1a7270f488e5d2646e15eb7d9a9e5e46fe20101cf6ff")
        #expect(signature.canonicalRequest.contains("\nx-mixed:été 中文 x\u{200B}\u{2060}y\u{FEFF}\n"))
        #expect(signature.canonicalRequest.contains("\nx-space-18:a b c\n"))
        // Sent as given: only the canonical request collapses.
        for (name, value) in fields { #expect(request.headers[name] == value, "\(name)") }
    }

    /// The ASCII fast path and the general loop agree on ASCII values.
    @Test(arguments: ["plain", "a b", " a", "a ", "a  b", "a\tb", "", " ", "x\u{0B}y\u{0C}z"])
    func asciiValuesCollapseAsBefore(_ value: String) {
        let expected = value.split(whereSeparator: { $0 == " " || $0.asciiValue.map(CanonicalHeaderFields.isWhitespace) == true })
            .joined(separator: " ")
        #expect(SigV4Signer.trimAll(value) == expected)
    }
}
