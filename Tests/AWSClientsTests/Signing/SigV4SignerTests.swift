import Foundation
import Testing
@testable import AWSClients

/// Header signing checked against botocore 1.43.11. Expected values were produced once by
/// running botocore's `SigV4Auth` / `S3SigV4Auth.add_auth` in python3 on the same requests with
/// `botocore.auth.get_current_datetime` patched to 2024-05-17 09:30:15 UTC, and pasted here.
@Suite struct SigV4SignerTests {
    static let date = Date(timeIntervalSince1970: 1_715_938_215)  // 20240517T093015Z
    static let credentials = Credentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    static let temporary = Credentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                                       sessionToken: "SESSION/TOKEN+==")

    static func url(_ text: String) throws -> URL { try #require(URL(string: text)) }

    @Test func s3KeyIsNeitherNormalizedNorEncodedTwice() throws {
        var request = HTTPRequest(method: "PUT", url: try Self.url("https://examplebucket.s3.us-west-2.amazonaws.com/my%20folder/a%20b%2Bc.txt"),
                                  headers: ["Content-Type": "text/plain", "User-Agent": "test/1.0"], body: .data(Data("hello".utf8)))
        let signer = SigV4Signer(credentials: Self.credentials, region: "us-west-2", service: "s3", options: .s3)
        let signature = try signer.sign(&request, date: Self.date)
        #expect(signature.canonicalRequest == """
            PUT
            /my%20folder/a%20b%2Bc.txt

            content-type:text/plain
            host:examplebucket.s3.us-west-2.amazonaws.com
            x-amz-content-sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824
            x-amz-date:20240517T093015Z

            content-type;host;x-amz-content-sha256;x-amz-date
            2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824
            """)
        #expect(request.headers["X-Amz-Content-SHA256"] == "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824")
        #expect(request.headers["X-Amz-Date"] == "20240517T093015Z")
        #expect(request.headers["Authorization"] == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240517/us-west-2/s3/aws4_request, "
            + "SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, "
            + "Signature=1f82c0c8687b1d04f24e2b748d39ae2df4f522cce08d8af473ea3b99a1aa35fd")
    }

    @Test func s3UnsignedPayloadOverHTTPS() throws {
        var request = HTTPRequest(method: "PUT", url: try Self.url("https://examplebucket.s3.us-west-2.amazonaws.com/k"),
                                  headers: ["Content-MD5": "XUFAKrxLKna5cZ2REBfFkg=="], body: .data(Data("hello".utf8)))
        let signer = SigV4Signer(credentials: Self.credentials, region: "us-west-2", service: "s3",
                                 options: SigV4Options(s3: true, payloadSigning: .unsigned))
        let signature = try signer.sign(&request, date: Self.date)
        #expect(signature.canonicalRequest.hasSuffix("\ncontent-md5;host;x-amz-content-sha256;x-amz-date\nUNSIGNED-PAYLOAD"))
        #expect(request.headers["X-Amz-Content-SHA256"] == "UNSIGNED-PAYLOAD")
        #expect(signature.signature == "fb85ff5b75fb0fae9989e943b513cd2b99a831865d536dadc73d39793dfad71f")
    }

    /// `.unsigned` is taken as asked over any scheme (botocore's rule for when, which signs S3
    /// payloads over plain HTTP, is `ClientRequestSigner`'s: see `S3PayloadSigningTests`).
    @Test func s3UnsignedIsTakenAsAskedOverPlainHTTP() throws {
        var request = HTTPRequest(method: "PUT", url: try Self.url("http://127.0.0.1:5000/bucket/k"), body: .data(Data("hello".utf8)))
        let signer = SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "s3",
                                 options: SigV4Options(s3: true, payloadSigning: .unsigned))
        let signature = try signer.sign(&request, date: Self.date)
        #expect(request.headers["X-Amz-Content-SHA256"] == "UNSIGNED-PAYLOAD")
        #expect(signature.canonicalRequest.contains("\nhost:127.0.0.1:5000\n"))
        #expect(signature.canonicalRequest.hasSuffix("\nUNSIGNED-PAYLOAD"))
    }

    @Test func s3StreamingTrailer() throws {
        var request = HTTPRequest(method: "PUT", url: try Self.url("https://b.s3.amazonaws.com/k"), body: .data(Data("hello".utf8)))
        let signer = SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "s3",
                                 options: SigV4Options(s3: true, payloadSigning: .streamingUnsignedTrailer))
        let signature = try signer.sign(&request, date: Self.date)
        #expect(request.headers["X-Amz-Content-SHA256"] == "STREAMING-UNSIGNED-PAYLOAD-TRAILER")
        #expect(signature.canonicalRequest.hasSuffix("\nSTREAMING-UNSIGNED-PAYLOAD-TRAILER"))
    }

    @Test func otherServicesNormalizeAndEncodeThePathAgainAndSignTheToken() throws {
        var request = HTTPRequest(method: "GET", url: try Self.url("https://service.us-east-1.amazonaws.com/a/./b/../c%20d/e%2Ff?b=2&a=1&a=0"),
                                  headers: ["X-Amz-Target": "X.Y"])
        let signer = SigV4Signer(credentials: Self.temporary, region: "us-east-1", service: "service")
        let signature = try signer.sign(&request, date: Self.date)
        #expect(signature.canonicalRequest == """
            GET
            /a/c%2520d/e%252Ff
            a=0&a=1&b=2
            host:service.us-east-1.amazonaws.com
            x-amz-date:20240517T093015Z
            x-amz-security-token:SESSION/TOKEN+==
            x-amz-target:X.Y

            host;x-amz-date;x-amz-security-token;x-amz-target
            e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
            """)
        #expect(request.headers["X-Amz-Security-Token"] == "SESSION/TOKEN+==")
        #expect(request.headers["X-Amz-Content-SHA256"] == nil)
        #expect(signature.signature == "1ebffab5133cfe69cf735a6040f6487e358fce2816e478ebf16585be249ce304")
        #expect(request.url.absoluteString == "https://service.us-east-1.amazonaws.com/a/./b/../c%20d/e%2Ff?b=2&a=1&a=0")
    }

    @Test func dateHeaderAndExcludedHeaders() throws {
        var request = HTTPRequest(method: "POST", url: try Self.url("https://service.us-east-1.amazonaws.com/"),
                                  headers: ["Date": "whatever", "X-Amz-Date": "old", "Authorization": "old", "User-Agent": "ua",
                                            "Expect": "100-continue", "X-Amzn-Trace-Id": "t"],
                                  body: .data(Data(#"{"a":1}"#.utf8)))
        let signer = SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "service")
        try signer.sign(&request, date: Self.date)
        #expect(request.headers["Date"] == "Fri, 17 May 2024 09:30:15 -0000")
        #expect(request.headers["X-Amz-Date"] == nil)
        #expect(request.headers.values(for: "Authorization") == [
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240517/us-east-1/service/aws4_request, SignedHeaders=date;host, "
                + "Signature=f77891c80c06cde6f2cf238e2b955f90879b129448d3eeccc901148267e668e2",
        ])
    }

    @Test func unsignedBodyForOtherServicesUsesTheHeader() throws {
        var request = HTTPRequest(method: "POST", url: try Self.url("http://localhost/"), body: .data(Data("x".utf8)))
        let signer = SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "service",
                                 options: SigV4Options(payloadSigning: .unsigned))
        let signature = try signer.sign(&request, date: Self.date)
        #expect(request.headers["X-Amz-Content-SHA256"] == "UNSIGNED-PAYLOAD")
        #expect(signature.canonicalRequest.hasSuffix("\nUNSIGNED-PAYLOAD"))
    }

    @Test func fileBodyIsStreamedThroughSHA256() throws {
        let bytes = Data((0..<(3 << 20) + 17).map { UInt8(truncatingIfNeeded: $0) })
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sigv4-body-\(UUID().uuidString)")
        try bytes.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let signer = SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "s3", options: .s3)
        var fromFile = HTTPRequest(method: "PUT", url: try Self.url("https://b.s3.amazonaws.com/k"), body: .file(file))
        var fromData = HTTPRequest(method: "PUT", url: try Self.url("https://b.s3.amazonaws.com/k"), body: .data(bytes))
        let a = try signer.sign(&fromFile, date: Self.date)
        let b = try signer.sign(&fromData, date: Self.date)
        #expect(a == b)
        #expect(fromFile.headers["X-Amz-Content-SHA256"] == SHA256.hash(data: bytes).hexString)
    }

    @Test func missingFileBodyThrows() throws {
        var request = HTTPRequest(method: "PUT", url: try Self.url("https://b.s3.amazonaws.com/k"),
                                  body: .file(URL(fileURLWithPath: "/nonexistent/\(UUID().uuidString)")))
        let signer = SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "s3", options: .s3)
        #expect(throws: HashingError.self) { try signer.sign(&request, date: Self.date) }
    }

    @Test func resigningReplacesEarlierSignatureHeaders() throws {
        var request = HTTPRequest(method: "GET", url: try Self.url("https://service.us-east-1.amazonaws.com/"))
        let signer = SigV4Signer(credentials: Self.temporary, region: "us-east-1", service: "service")
        let first = try signer.sign(&request, date: Self.date)
        let second = try signer.sign(&request, date: Self.date)
        #expect(first == second)
        #expect(request.headers.values(for: "Authorization").count == 1)
        #expect(request.headers.values(for: "X-Amz-Security-Token").count == 1)
        let later = try signer.sign(&request, date: Self.date.addingTimeInterval(86_400))
        #expect(later.credentialScope == "20240518/us-east-1/service/aws4_request")
        #expect(later.signature != first.signature)
    }

    @Test func signingKeyDerivation() {
        // The example key from the SigV4 documentation ("Deriving the signing key"), via
        // python3: hmac chain over "AWS4wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", 20150830, us-east-1, iam, aws4_request.
        let signer = SigV4Signer(credentials: Credentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
                                 region: "us-east-1", service: "iam")
        #expect(Hex.encode(signer.deriveSigningKey(dateStamp: "20150830"))
            == "c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9")
    }

    @Test func credentialsDescriptionHidesSecrets() {
        let text = "\(Self.temporary)"
        #expect(!text.contains("wJalrXUtnFEMI"))
        #expect(!text.contains("SESSION/TOKEN"))
        #expect(text.contains("AKIDEXAMPLE"))
        #expect(!String(reflecting: Self.temporary).contains("wJalrXUtnFEMI"))
        let signer = SigV4Signer(credentials: Self.temporary, region: "us-east-1", service: "s3")
        #expect(!String(describing: signer).contains("wJalrXUtnFEMI"))
    }
}
