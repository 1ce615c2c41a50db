import Foundation
import Testing
@testable import AWSClients

/// SigV2 against botocore's own `SigV2Auth` unit-test vectors (tests/unit/auth/test_signers.py).
@Suite struct SigV2SignerTests {
    private let signer = SigV2Signer(credentials: Credentials(accessKeyID: "foo", secretAccessKey: "bar"))
    /// 2014-06-20T08:40:23Z.
    private let date = Date(timeIntervalSince1970: 1_403_253_623)

    @Test func signatureOfParameters() {
        #expect(signer.signature(method: "POST", url: "/", parameters: [("Foo", "\u{2713}")]) == "VCtWuwaOL0yMffAT8W4y0AFW3W4KUykBqah9S40rB+Q=")
        // An earlier signature is left out (retries re-sign).
        #expect(signer.signature(method: "POST", url: "/", parameters: [("Foo", "\u{2713}"), ("Signature", "old")])
                == "VCtWuwaOL0yMffAT8W4y0AFW3W4KUykBqah9S40rB+Q=")
    }

    @Test func signAppendsTheAuthFields() throws {
        var request = HTTPRequest(method: "POST", url: try #require(URL(string: "/")), body: .data(Data("Foo=%E2%9C%93".utf8)))
        try signer.sign(&request, date: date)
        let body = String(decoding: request.body.inMemoryData ?? Data(), as: UTF8.self)
        #expect(body == "Foo=%E2%9C%93&AWSAccessKeyId=foo&SignatureVersion=2&SignatureMethod=HmacSHA256"
            + "&Timestamp=2014-06-20T08%3A40%3A23Z&Signature=Tiecw%2Bt51tok4dTT8B4bg47zxHEM%2FKcD55f2%2Fx6K22o%3D")
        // Signing again (a retry) replaces the fields rather than adding more.
        try signer.sign(&request, date: date)
        #expect(String(decoding: request.body.inMemoryData ?? Data(), as: UTF8.self) == body)
    }

    @Test func temporaryCredentialsAddTheSecurityToken() throws {
        let temporary = SigV2Signer(credentials: Credentials(accessKeyID: "foo", secretAccessKey: "bar", sessionToken: "a/b+c="))
        var request = HTTPRequest(method: "POST", url: try #require(URL(string: "https://sdb.amazonaws.com/")),
                                  body: .data(Data("Action=ListDomains&Version=2009-04-15".utf8)))
        try temporary.sign(&request, date: date)
        let body = String(decoding: request.body.inMemoryData ?? Data(), as: UTF8.self)
        #expect(body.contains("&Timestamp=2014-06-20T08%3A40%3A23Z&SecurityToken=a%2Fb%2Bc%3D&Signature="))
    }

    @Test func streamedBodiesAreRefused() throws {
        var request = HTTPRequest(method: "POST", url: try #require(URL(string: "https://sdb.amazonaws.com/")),
                                  body: .file(URL(fileURLWithPath: "/nonexistent")))
        let error = #expect(throws: SigningError.self) { try signer.sign(&request, date: date) }
        #expect(error?.code == .unsupportedAuth)
    }

    @Test func theHostIsTheURLsNetlocAsWritten() {
        #expect(SigV2Signer.netlocAndPath("http://User@LocalHost:8080/base?x=1") == ("User@LocalHost:8080", "/base"))
        #expect(SigV2Signer.netlocAndPath("https://sdb.amazonaws.com") == ("sdb.amazonaws.com", ""))
    }
}
