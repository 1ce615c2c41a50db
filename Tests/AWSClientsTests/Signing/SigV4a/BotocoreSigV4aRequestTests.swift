import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// SigV4a requests this SDK sends compared with the ones botocore 1.43.11 sends through awscrt
/// 0.32.2 (botocore[crt]) for the same calls at the same frozen time: S3 multi-region access
/// points (headers and presigned URLs), EventBridge and SES global endpoints, and the auth choices
/// that pick SigV4a once it can be signed. Fixtures/botocore-requests/sigv4a-requests.json is
/// written by `Tests/Differential/botocore_sigv4a_requests.py`.
///
/// Everything but the signature bytes must match: method, URL, body, every header botocore sends
/// (`Authorization` up to `Signature=`). ECDSA signatures differ from signer to signer (awscrt's
/// nonces are random), so both botocore's signature and this SDK's must verify, with the public
/// key derived from the credentials, over the string to sign of this SDK's canonical request.
@Suite struct BotocoreSigV4aRequestTests {
    static let fixture: Document? = {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?
            .appendingPathComponent("botocore-requests/sigv4a-requests.json"),
              let data = try? Data(contentsOf: url), let parsed = try? JSONValue.parse(data) else { return nil }
        return parsed.document
    }()

    static let cases: [BotocoreRequestCase] = (fixture?["cases"]?.array ?? []).compactMap(BotocoreRequestCase.init)
    static let date = Date(timeIntervalSince1970: 1_779_021_296)  // 2026-05-17T12:34:56Z

    @Test func fixtureIsPresent() {
        #expect(Self.fixture?["botocore"]?.string == "1.43.11" && Self.fixture?["awscrt"]?.string == "0.32.2")
        #expect(Self.cases.count == 13)
    }

    @Test(arguments: cases)
    func sameAsBotocoreWithTheCRT(_ testCase: BotocoreRequestCase) async throws {
        let stub = StubTransport { _ in HTTPResponse(statusCode: 200, headers: ["Content-Type": "application/xml"], body: Data()) }
        let client = try testCase.client(transport: stub, date: Self.date)
        let publicKey = try SigV4aKeyDerivation.privateKey(accessKeyID: testCase.credentials.accessKeyID,
                                                           secretAccessKey: testCase.credentials.secretAccessKey).publicKey
        if let expires = testCase.presignExpires {
            let expectedURL = try #require(testCase.expected["presignedURL"]?.string)
            let url = try client.generatePresignedURL(testCase.operation, params: testCase.params, expiresIn: expires,
                                                      httpMethod: nil, date: Self.date).absoluteString
            let (ours, oursSignature) = Self.splitSignature(url)
            let (theirs, theirSignature) = Self.splitSignature(expectedURL)
            #expect(ours == theirs, "\(testCase.name): URL")
            let stringToSign = try Self.presignedStringToSign(ours)
            #expect(Self.verifies(theirSignature, stringToSign, publicKey), "\(testCase.name): botocore's signature")
            #expect(Self.verifies(oursSignature, stringToSign, publicKey), "\(testCase.name): this SDK's signature")
            return
        }
        _ = try? await client.call(testCase.operation, testCase.params)
        let request = try #require(stub.requests.first, "\(testCase.name): nothing sent")
        let expected = try #require(testCase.expected["request"])
        #expect(request.method == expected["method"]?.string, "\(testCase.name): method")
        // An empty path is written `host?query` here and `host/?query` by botocore: the same request line.
        let url = request.url.absoluteString.replacingOccurrences(of: ".com?", with: ".com/?")
        #expect(url == expected["url"]?.string, "\(testCase.name): URL")
        let body = request.body.inMemoryData ?? Data()
        #expect(body == Data(base64Encoded: expected["body"]?.string ?? "") ?? Data(), "\(testCase.name): body")

        var theirAuthorization = ""
        let expectedHeaders = expected["headers"]?.dictionary ?? [:]
        for (name, value) in expectedHeaders.sorted(by: { $0.key < $1.key }) {
            let lowered = name.lowercased()
            if lowered == "authorization" { theirAuthorization = value.string ?? ""; continue }
            // awscrt's signer sets Host on the request; this SDK leaves it to the transport (and signs it the same).
            if lowered == "host" { #expect(value.string == request.url.host, "\(testCase.name): host"); continue }
            if lowered == "content-length", request.headers[name] == nil { #expect(value.string == String(body.count)); continue }
            #expect(request.headers[name] == value.string, "\(testCase.name): header \(name)")
        }
        let allowed = BotocoreFixtureRetryHeaders.names.union(["user-agent", "content-length"])
        for field in request.headers.fields where !allowed.contains(field.name.lowercased()) {
            #expect(expectedHeaders.keys.contains { $0.caseInsensitiveEquals(field.name) }, "\(testCase.name): botocore sends no \(field.name)")
        }
        let ourAuthorization = try #require(request.headers["Authorization"])
        let (ourPrefix, ourSignature) = Self.splitAuthorization(ourAuthorization)
        let (theirPrefix, theirSignature) = Self.splitAuthorization(theirAuthorization)
        #expect(ourPrefix == theirPrefix, "\(testCase.name): Authorization")

        // Sign the sent request's signed headers again to read the string to sign: RFC 6979 makes
        // the signature the same, which shows this is the string the client signed.
        var again = request
        let signedNames = Set((ourPrefix.components(separatedBy: "SignedHeaders=").last ?? "").components(separatedBy: ",")[0]
            .split(separator: ";").map(String.init))
        again.headers = HTTPHeaders(request.headers.fields.filter { signedNames.contains($0.name.lowercased()) }.map { ($0.name, $0.value) })
        let scope = ourPrefix.components(separatedBy: "Credential=").last?.components(separatedBy: "/") ?? []
        let signer = try SigV4aSigner(credentials: testCase.credentials, regionSet: request.headers["X-Amz-Region-Set"] ?? "",
                                      service: scope.count > 2 ? scope[2] : "", options: SigV4Options(s3: testCase.service == "s3",
                                      payloadSigning: request.headers["X-Amz-Content-SHA256"] == "UNSIGNED-PAYLOAD" ? .unsigned : .signed))
        let signature = try signer.sign(&again, date: Self.date)
        #expect(signature.signature == ourSignature, "\(testCase.name): re-signing gives another signature")
        #expect(Self.verifies(theirSignature, signature.stringToSign, publicKey), "\(testCase.name): botocore's signature\n\(signature.canonicalRequest)")
        #expect(Self.verifies(ourSignature, signature.stringToSign, publicKey), "\(testCase.name): this SDK's signature")
    }

    /// botocore has no SigV4a query signer but S3's (no `v4a-query` in its CRT map, so presigning
    /// an EventBridge global endpoint raises there); the Common Runtime's query signing is the same
    /// for every service, and this SDK presigns with it.
    @Test func eventBridgeGlobalEndpointsPresignWithSigV4a() throws {
        let entry: Document = ["case": ["name": "events presign", "service": "events", "operation": "PutEvents",
                                        "params": ["Entries": [["Source": "s", "DetailType": "d", "Detail": "{}"]], "EndpointId": "abcde.veo"]],
                               "botocore": [:]]
        let testCase = try #require(BotocoreRequestCase(entry))
        let stub = StubTransport { _ in HTTPResponse(statusCode: 200, headers: [:], body: Data()) }
        let url = try testCase.client(transport: stub, date: Self.date)
            .generatePresignedURL("PutEvents", params: testCase.params, expiresIn: 60, httpMethod: nil, date: Self.date).absoluteString
        #expect(url.hasPrefix("https://abcde.veo.endpoint.events.amazonaws.com/?Entries="))
        #expect(url.contains("&X-Amz-Algorithm=AWS4-ECDSA-P256-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260517%2Fevents%2Faws4_request"
            + "&X-Amz-Date=20260517T123456Z&X-Amz-SignedHeaders=content-type%3Bhost%3Bx-amz-target&X-Amz-Expires=60&X-Amz-Region-Set=%2A"
            + "&X-Amz-Signature=3"))
    }

    @Test func aPresignedPostToAMultiRegionAccessPointIsRefused() throws {
        let entry: Document = ["case": ["name": "post", "service": "s3", "operation": "GetObject"], "botocore": [:]]
        let testCase = try #require(BotocoreRequestCase(entry))
        let client = try testCase.client(transport: StubTransport { _ in HTTPResponse(statusCode: 200, headers: [:], body: Data()) }, date: Self.date)
        let error = #expect(throws: SigningError.self) {
            _ = try client.generatePresignedPost(bucket: "arn:aws:s3::123456789012:accesspoint/mfzwi23gnjvgw.mrap", key: "k",
                                                 fields: nil, conditions: nil, expiresIn: 60, date: Self.date)
        }
        #expect(error?.code == .unsupportedAuth && error?.message.contains("SigV4a") == true)
    }

    static func verifies(_ signature: String, _ stringToSign: String, _ key: (x: [UInt8], y: [UInt8])) -> Bool {
        ReferenceP256.verify(digest: SHA256.hash(data: Data(stringToSign.utf8)).bytes, signature: Hex.decode(signature) ?? [], publicKey: key)
    }

    static func splitAuthorization(_ value: String) -> (prefix: String, signature: String) {
        guard let range = value.range(of: "Signature=") else { return (value, "") }
        return (String(value[..<range.upperBound]), String(value[range.upperBound...]))
    }

    static func splitSignature(_ url: String) -> (url: String, signature: String) {
        guard let range = url.range(of: "&X-Amz-Signature=") else { return (url, "") }
        return (String(url[..<range.lowerBound]), String(url[range.upperBound...]))
    }

    /// The string to sign of an S3 presigned URL (without its signature), built from the spec's
    /// pieces: GET, the path as sent, the query re-encoded and sorted, `host`, UNSIGNED-PAYLOAD.
    static func presignedStringToSign(_ url: String) throws -> String {
        let parts = SigV4URL(text: url)
        let query = parts.query.split(separator: "&").map(String.init).sorted().joined(separator: "&")
        let host = parts.host
        let canonical = "GET\n\(parts.path)\n\(query)\nhost:\(host)\n\nhost\nUNSIGNED-PAYLOAD"
        let credential = PercentEncoding.decode(query.components(separatedBy: "X-Amz-Credential=").last?.components(separatedBy: "&").first ?? "")
        let scope = credential.split(separator: "/").dropFirst().joined(separator: "/")
        let timestamp = query.components(separatedBy: "X-Amz-Date=").last?.components(separatedBy: "&").first ?? ""
        return "AWS4-ECDSA-P256-SHA256\n\(timestamp)\n\(scope)\n" + SHA256.hash(data: Data(canonical.utf8)).hexString
    }
}
