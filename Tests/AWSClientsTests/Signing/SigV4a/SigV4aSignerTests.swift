import Foundation
import Testing
@testable import AWSClients

/// `SigV4aSigner` checked by a verifier written from the SigV4a specification in this file: it
/// rebuilds the canonical request from the signed request alone (as AWS does), then checks the
/// signature with `ReferenceP256` and the public key of the credentials' derived key.
@Suite struct SigV4aSignerTests {
    static let credentials = Credentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    static let date = Date(timeIntervalSince1970: 1_779_021_296)  // 2026-05-17T12:34:56Z
    static let publicKey: (x: [UInt8], y: [UInt8]) = {
        let key = try? SigV4aKeyDerivation.privateKey(accessKeyID: credentials.accessKeyID, secretAccessKey: credentials.secretAccessKey)
        return ReferenceP256.publicKey(privateKey: key?.scalar ?? [])
    }()

    @Test func randomRequestsSignThenVerify() throws {
        var random = SeededBytes(seed: 4)
        let signer = try SigV4aSigner(credentials: Self.credentials, regionSet: "us-east-1,eu-west-1", service: "events")
        let pieces = ["a", "B9", "x y", "é", "~-._", "%2F", "dot.", "+"]
        for round in 0..<5 {
            let bytes = random.next(8)
            let path = "/" + (0..<Int(bytes[0] % 3 + 1)).map { pieces[Int(bytes[$0 + 1]) % pieces.count] }.joined(separator: "/")
            let query = (0..<Int(bytes[4] % 3)).map { "k\(pieces[Int(bytes[5 + $0]) % pieces.count])=v\($0)" }.joined(separator: "&")
            let encodedPath = path.split(separator: "/", omittingEmptySubsequences: false).map { PercentEncoding.encode(String($0)) }.joined(separator: "/")
            let encodedQuery = query.split(separator: "&").map { pair in
                pair.split(separator: "=").map { PercentEncoding.encode(String($0)) }.joined(separator: "=")
            }.joined(separator: "&")
            let url = try #require(URL(string: "https://abcde.veo.endpoint.events.amazonaws.com" + encodedPath + (query.isEmpty ? "" : "?" + encodedQuery)))
            let body = Data(random.next(Int(bytes[7] % 40)))
            var request = HTTPRequest(method: round % 2 == 0 ? "POST" : "get", url: url,
                                      headers: ["Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "  AWSEvents.PutEvents  ",
                                                "User-Agent": "test", "X-Custom": "a\t b"], body: .data(body))
            try signer.sign(&request, date: Self.date)
            #expect(Self.verify(request, body: body, s3: false), "round \(round): \(request.url.absoluteString)")
        }
    }

    @Test func s3RequestsSignTheirPathAsSentAndThePayloadHash() throws {
        let signer = try SigV4aSigner(credentials: Self.credentials, regionSet: "*", service: "s3", options: .s3)
        let url = try #require(URL(string: "https://mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com/a/./b%20c//d?list-type=2"))
        var request = HTTPRequest(method: "PUT", url: url, body: .data(Data("hello".utf8)))
        let signature = try signer.sign(&request, date: Self.date)
        #expect(request.headers["X-Amz-Content-SHA256"] == SHA256.hash(data: Data("hello".utf8)).hexString)
        #expect(signature.canonicalRequest.hasPrefix("PUT\n/a/./b%20c//d\nlist-type=2\n"))
        #expect(Self.verify(request, body: Data("hello".utf8), s3: true))
        // A tampered request no longer verifies: the verifier can fail.
        var tampered = request
        tampered.headers["X-Amz-Region-Set"] = "us-east-1"
        #expect(!Self.verify(tampered, body: Data("hello".utf8), s3: true))
    }

    @Test func temporaryCredentialsSignTheirTokenAndResigningReplacesTheHeaders() throws {
        let signer = try SigV4aSigner(credentials: Credentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: Self.credentials.secretAccessKey,
                                                               sessionToken: "token/+="), regionSet: "*", service: "events")
        var request = HTTPRequest(method: "POST", url: try #require(URL(string: "https://example.com/")), headers: ["Date": "Sun, 17 May 2026"])
        let first = try signer.sign(&request, date: Self.date)
        let second = try signer.sign(&request, date: Self.date)
        #expect(first == second && request.headers.fields.filter { $0.name == "Authorization" }.count == 1)
        #expect(first.signedHeaders == "date;host;x-amz-date;x-amz-region-set;x-amz-security-token")
        #expect(request.headers["Date"] == "Sun, 17 May 2026" && request.headers["X-Amz-Security-Token"] == "token/+=")
        #expect(!"\(first)".contains(Self.credentials.secretAccessKey) && !"\(signer)".contains(Self.credentials.secretAccessKey))
    }

    @Test func presignedURLsCarryTheRegionSetAndVerify() throws {
        let signer = try SigV4aSigner(credentials: Self.credentials, regionSet: "us-west-2,us-east-1", service: "s3", options: .s3)
        let url = try #require(URL(string: "https://mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com/k%20y?versionId=1"))
        let (text, signature) = try signer.presignedURL(HTTPRequest(method: "GET", url: url), expiresIn: 600, date: Self.date)
        #expect(text.hasPrefix("https://mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com/k%20y?versionId=1&X-Amz-Algorithm=AWS4-ECDSA-P256-SHA256"
            + "&X-Amz-Credential=AKIDEXAMPLE%2F20260517%2Fs3%2Faws4_request&X-Amz-Date=20260517T123456Z&X-Amz-SignedHeaders=host"
            + "&X-Amz-Expires=600&X-Amz-Region-Set=us-west-2%2Cus-east-1&X-Amz-Signature="))
        #expect(signature.canonicalRequest.hasSuffix("\nhost\nUNSIGNED-PAYLOAD"))
        let published = try #require(text.components(separatedBy: "X-Amz-Signature=").last)
        #expect(ReferenceP256.verify(digest: SHA256.hash(data: Data(signature.stringToSign.utf8)).bytes,
                                     signature: Hex.decode(published) ?? [], publicKey: Self.publicKey))
    }

    // MARK: The verifier

    /// Whether `request`'s `Authorization` verifies: the canonical request rebuilt from the
    /// request as sent (SigV4's, with `X-Amz-Region-Set` signed, the scope without region, the
    /// query decoded and encoded again), the string to sign, then ECDSA.
    static func verify(_ request: HTTPRequest, body: Data, s3: Bool) -> Bool {
        guard let authorization = request.headers["Authorization"], authorization.hasPrefix("AWS4-ECDSA-P256-SHA256 "),
              let credential = field("Credential", authorization), let signedList = field("SignedHeaders", authorization),
              let signature = field("Signature", authorization), let timestamp = request.headers["X-Amz-Date"] else { return false }
        let scope = credential.split(separator: "/").dropFirst().joined(separator: "/")
        let signed = signedList.split(separator: ";").map(String.init)
        let text = request.url.absoluteString
        let afterHost = text.dropFirst("https://".count).drop { $0 != "/" && $0 != "?" }
        let rawPath = String(afterHost.prefix { $0 != "?" })
        let rawQuery = afterHost.contains("?") ? String(afterHost.drop { $0 != "?" }.dropFirst()) : ""
        let path = rawPath.isEmpty ? "/" : s3 ? rawPath : encode(normalize(rawPath), keepSlash: true)
        let query = rawQuery.split(separator: "&").map { pair -> (String, String) in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            return (encode(PercentEncoding.decode(parts[0]), keepSlash: false),
                    encode(PercentEncoding.decode(parts.count > 1 ? parts[1] : ""), keepSlash: false))
        }.sorted { $0.0 != $1.0 ? Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) : Array($0.1.utf8).lexicographicallyPrecedes(Array($1.1.utf8)) }
            .map { "\($0.0)=\($0.1)" }.joined(separator: "&")
        var values: [String: [String]] = ["host": [request.url.host ?? ""]]
        for field in request.headers.fields where field.name.lowercased() != "host" {
            values[field.name.lowercased(), default: []].append(field.value.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " "))
        }
        let headerBlock = signed.map { "\($0):\((values[$0] ?? []).joined(separator: ","))\n" }.joined()
        let payload = request.headers["X-Amz-Content-SHA256"] ?? SHA256.hash(data: body).hexString
        let canonical = [request.method.uppercased(), path, query, headerBlock, signedList, payload].joined(separator: "\n")
        let stringToSign = ["AWS4-ECDSA-P256-SHA256", timestamp, scope, SHA256.hash(data: Data(canonical.utf8)).hexString].joined(separator: "\n")
        return ReferenceP256.verify(digest: SHA256.hash(data: Data(stringToSign.utf8)).bytes, signature: Hex.decode(signature) ?? [],
                                    publicKey: publicKey)
    }

    private static func field(_ name: String, _ authorization: String) -> String? {
        authorization.components(separatedBy: name + "=").dropFirst().first?.components(separatedBy: ",").first
    }

    /// RFC 3986 remove_dot_segments, also dropping empty segments, keeping a trailing slash.
    private static func normalize(_ path: String) -> String {
        var out: [Substring] = []
        for segment in path.split(separator: "/") where segment != "." {
            if segment == ".." { _ = out.popLast() } else { out.append(segment) }
        }
        return "/" + out.joined(separator: "/") + (path.hasSuffix("/") && !out.isEmpty ? "/" : "")
    }

    private static func encode(_ text: String, keepSlash: Bool) -> String {
        text.utf8.map { byte -> String in
            let c = Character(Unicode.Scalar(byte))
            if c.isASCII && (c.isLetter || c.isNumber || "-._~".contains(c) || (keepSlash && c == "/")) { return String(c) }
            return String(format: "%%%02X", byte)
        }.joined()
    }
}
