import Foundation
import Testing
@testable import AWSClients

/// What the logger redacts.
@Suite struct LogRedactionTests {
    @Test func secretHeadersAreRedacted() {
        let headers = HTTPHeaders([("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/x, Signature=abc123"),
                                   ("X-Amz-Security-Token", "tok"), ("x-amz-server-side-encryption-customer-key", "a2V5"),
                                   ("x-amz-copy-source-server-side-encryption-customer-key", "a2V6"), ("Host", "example.com")])
        let text = LogRedaction.headers(headers)
        for secret in ["abc123", "AKID", "tok", "a2V5", "a2V6"] { #expect(!text.contains(secret), "\(secret)") }
        #expect(text.contains("Host: example.com") && text.contains("Authorization: <redacted>"))
    }

    @Test func presignedURLSecretsAreRedacted() throws {
        let url = try #require(URL(string: "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKID%2F20261203%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Security-Token=TOKEN&X-Amz-Signature=deadbeef&versionId=3"))
        let text = LogRedaction.url(url)
        for secret in ["AKID", "TOKEN", "deadbeef"] { #expect(!text.contains(secret), "\(secret)") }
        #expect(text.contains("versionId=3") && text.contains("X-Amz-Signature=<redacted>") && text.contains("X-Amz-Algorithm=AWS4-HMAC-SHA256"))
    }

    @Test(arguments: [
        ("<Credentials><AccessKeyId>AKIA1</AccessKeyId><SecretAccessKey>s3cr3t/KEY+x</SecretAccessKey><SessionToken>FQoG//tok==</SessionToken></Credentials>", ["s3cr3t/KEY+x", "FQoG//tok=="]),
        (#"{"roleCredentials":{"accessKeyId":"AKIA2","secretAccessKey":"json\"secret","sessionToken":"jtok"}}"#, ["json\\\"secret", "jtok"]),
        (#"{"SecretAccessKey" : "spaced"}"#, ["spaced"]),
        ("Action=Put&SSECustomerKey=cXVlcnk%3D&Other=1", ["cXVlcnk%3D"]),
    ])
    func secretFieldsInBodiesAreRedacted(body: String, secrets: [String]) {
        let text = LogRedaction.body(Data(body.utf8))
        for secret in secrets { #expect(!text.contains(secret), "\(secret) in \(text)") }
        #expect(text.contains("<redacted>"))
    }

    @Test func longAndBinaryBodiesAreTruncated() {
        let long = LogRedaction.body(Data(repeating: UInt8(ascii: "a"), count: 5000), limit: 100)
        #expect(long.hasPrefix(String(repeating: "a", count: 100)) && long.hasSuffix("(5000 bytes, first 100 shown)"))
        #expect(LogRedaction.body(Data([0xff, 0xfe, 0x00])) == "(3 bytes of binary data)")
    }
}
