import AWSConformance
import Foundation
import Testing
@testable import AWSClients

/// The SigV4a test suite AWS publishes with aws-c-auth (an excerpt in Fixtures/sigv4a-suite, see
/// its README): each case's request is signed by `SigV4aSigner`, with headers and as a presigned
/// URL, and the suite's own signature must verify over this SDK's string to sign with the
/// suite's public key. So the canonical request and string to sign are byte for byte the Common
/// Runtime's, though ECDSA signatures themselves differ from signer to signer.
@Suite struct SigV4aSuiteTests {
    static let root: URL? = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent("sigv4a-suite")
    static let caseNames: [String] = root.flatMap { try? FileManager.default.contentsOfDirectory(atPath: $0.path) }?
        .filter { !$0.contains(".") && $0 != "LICENSE" && $0 != "NOTICE" }.sorted() ?? []
    static let suiteKey = (x: Hex.decode("1468963b5323439c3ad5ef5a4065b56c24f5ce94dd810c54b955bebdb989e8d2") ?? [],
                           y: Hex.decode("2f725498e2b9090e6530c8d35d2a0ae40b72eae1e4727594606eed7208a70095") ?? [])
    static let date = Date(timeIntervalSince1970: 1_440_938_160)  // 2015-08-30T12:36:00Z

    struct Context: Decodable {
        struct Keys: Decodable {
            var access_key_id: String
            var secret_access_key: String
            var token: String?
        }
        var credentials: Keys
        var region: String
        var service: String
        var normalize: Bool
        var timestamp: String
    }

    static func load(_ name: String) throws -> (Context, SigV4aSigner, URL) {
        let folder = try #require(root).appendingPathComponent(name)
        let context = try JSONDecoder().decode(Context.self, from: Data(contentsOf: folder.appendingPathComponent("context.json")))
        #expect(context.timestamp == "2015-08-30T12:36:00Z")
        let credentials = Credentials(accessKeyID: context.credentials.access_key_id, secretAccessKey: context.credentials.secret_access_key,
                                      sessionToken: context.credentials.token)
        let signer = try SigV4aSigner(credentials: credentials, regionSet: context.region, service: context.service)
        return (context, signer, folder)
    }

    static func digest(_ text: String) -> [UInt8] { SHA256.hash(data: Data(text.utf8)).bytes }

    @Test func suiteIsPresent() {
        #expect(Self.caseNames.count == 16)
        #expect(Self.caseNames.contains("get-vanilla-with-session-token") && Self.caseNames.contains("post-x-www-form-urlencoded"))
    }

    @Test(arguments: caseNames)
    func headerSigning(_ name: String) throws {
        let (_, signer, folder) = try Self.load(name)
        let file = folder.appendingPathComponent("header-signed-request.txt")
        guard FileManager.default.fileExists(atPath: file.path) else { return }
        let signed = try SigV4RawRequest(parsing: Self.unfolded(Data(contentsOf: file)))
        let authorization = try #require(signed.headers.first { $0.name == "Authorization" }?.value)
        let published = try #require(authorization.components(separatedBy: "Signature=").last)
        let signedHeaders = try #require(authorization.components(separatedBy: "SignedHeaders=").last?.components(separatedBy: ",").first)
        let dropped: Set<String> = ["authorization", "x-amz-date", "x-amz-region-set", "x-amz-security-token"]
        let headers = signed.headers.filter { field in
            let name = field.name.lowercased()
            return !dropped.contains(name) && (name != "x-amz-content-sha256" || signedHeaders.contains(name))
        }
        var sent = HTTPHeaders(headers.map { ($0.name, $0.value) })
        let (path, query) = Self.split(signed.target)
        let url = SigV4URL(scheme: "https", host: sent["Host"] ?? "", path: path, query: query)
        let body: HTTPBody = signed.body.isEmpty ? .empty : .data(signed.body)
        let ours = try signer.sign(method: signed.method, url: url, headers: &sent, body: body, date: Self.date)

        #expect(ours.signedHeaders == signedHeaders, "\(name)")
        #expect(ours.authorization.hasPrefix("AWS4-ECDSA-P256-SHA256 Credential=AKIDEXAMPLE/20150830/service/aws4_request, SignedHeaders="))
        #expect(sent["X-Amz-Region-Set"] == "us-east-1" && sent["X-Amz-Date"] == "20150830T123600Z")
        let verified = ReferenceP256.verify(digest: Self.digest(ours.stringToSign), signature: Hex.decode(published) ?? [],
                                            publicKey: Self.suiteKey)
        #expect(verified, "\(name): the suite's signature does not verify over\n\(ours.canonicalRequest)")
    }

    @Test(arguments: caseNames)
    func queryPresigning(_ name: String) throws {
        let (context, signer, folder) = try Self.load(name)
        let file = folder.appendingPathComponent("query-signed-request.txt")
        guard FileManager.default.fileExists(atPath: file.path) else { return }
        let signed = try SigV4RawRequest(parsing: Data(contentsOf: file))
        let (path, query) = Self.split(signed.target)
        let ownQuery = query.components(separatedBy: "X-Amz-Algorithm=").first.map { String($0.dropLast($0.hasSuffix("&") ? 1 : 0)) } ?? ""
        let expectedQuery = try #require(query.components(separatedBy: "&X-Amz-Signature=").first)
        let published = try #require(query.components(separatedBy: "X-Amz-Signature=").last?.components(separatedBy: "&").first)
        let headers = signed.headers.filter { !["x-amz-date", "x-amz-region-set"].contains($0.name.lowercased()) }
        let encodedQuery = ownQuery.split(separator: "&").map { pair in
            pair.split(separator: "=", omittingEmptySubsequences: false).map { PercentEncoding.encode(String($0)) }.joined(separator: "=")
        }.joined(separator: "&")
        let host = headers.first { $0.name == "Host" }?.value ?? ""
        let url = try #require(URL(string: "https://\(host)\(path)" + (encodedQuery.isEmpty ? "" : "?" + encodedQuery)))
        let request = HTTPRequest(method: signed.method, url: url, headers: HTTPHeaders(headers.map { ($0.name, $0.value) }))
        let (text, ours) = try signer.presignedURL(request, expiresIn: 3600, date: Self.date)

        let ourQuery = try #require(text.components(separatedBy: "?").dropFirst().first?.components(separatedBy: "&X-Amz-Signature=").first)
        #expect(PercentEncoding.decode(ourQuery) == PercentEncoding.decode(expectedQuery), "\(name)")
        #expect(ours.regionSet == context.region)
        let verified = ReferenceP256.verify(digest: Self.digest(ours.stringToSign), signature: Hex.decode(published) ?? [],
                                            publicKey: Self.suiteKey)
        #expect(verified, "\(name): the suite's signature does not verify over\n\(ours.canonicalRequest)")
    }

    /// The suite's harness (at this revision) read a folded header line as another value of
    /// the header above it; `SigV4RawRequest` joins folds, so repeat the name instead.
    static func unfolded(_ data: Data) -> Data {
        var lines: [String] = []
        for line in String(decoding: data, as: UTF8.self).components(separatedBy: "\n") {
            if line.hasPrefix(" "), let previous = lines.last, let colon = previous.firstIndex(of: ":"), !previous.isEmpty {
                lines.append(previous[..<colon] + ":" + line.trimmingCharacters(in: .whitespaces))
            } else {
                lines.append(line)
            }
        }
        return Data(lines.joined(separator: "\n").utf8)
    }

    static func split(_ target: String) -> (path: String, query: String) {
        guard let question = target.firstIndex(of: "?") else { return (target, "") }
        return (String(target[..<question]), String(target[target.index(after: question)...]))
    }
}
