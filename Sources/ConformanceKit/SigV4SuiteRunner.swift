import AWSClients
import Foundation

/// Runs the AWS SigV4 test suite (botocore's `tests/unit/auth/aws4_testsuite`): every folder
/// holding `<folder>.req` is a case; the request is signed and `.creq`, `.sts`, `.authz` and
/// `.sreq` are compared stage by stage.
///
/// Fixed inputs: AKIDEXAMPLE / wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, us-east-1, service
/// `service`, 2015-08-30T12:36:00Z. As botocore's harness, the session token is whatever the
/// `.creq` signs as `x-amz-security-token`; a `.sreq` carrying a token the `.creq` does not sign
/// means the token is added after signing (`post-sts-header-after`), which the runner does too.
/// Where a `.sreq`'s `Authorization` disagrees with the case's own `.authz`, the `.authz` wins.
public struct SigV4SuiteRunner: Sendable {
    /// The suite's access key.
    public static let accessKeyID = "AKIDEXAMPLE"
    /// The suite's secret key.
    public static let secretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
    /// The suite's signing time, 20150830T123600Z.
    public static let date = Date(timeIntervalSince1970: 1_440_938_160)

    /// Creates a runner.
    public init() {}

    /// The case folders under `root`, as paths relative to it, sorted.
    public func caseNames(root: URL) throws -> [String] {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ConformanceError("no such suite folder: \(root.path)")
        }
        var names: [String] = []
        let enumerator = fileManager.enumerator(at: root, includingPropertiesForKeys: nil)
        let rootPath = root.standardizedFileURL.path
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "req" else { continue }
            let folder = url.deletingLastPathComponent()
            guard url.deletingPathExtension().lastPathComponent == folder.lastPathComponent else { continue }
            let folderPath = folder.standardizedFileURL.path
            names.append(folderPath.hasPrefix(rootPath + "/") ? String(folderPath.dropFirst(rootPath.count + 1)) : folderPath)
        }
        return names.sorted()
    }

    /// Runs every case under `root`.
    public func run(root: URL) throws -> [CaseResult] {
        try caseNames(root: root).map { name in
            let outcome: CaseResult.Outcome
            do {
                outcome = try run(caseFolder: root.appendingPathComponent(name))
            } catch {
                outcome = .failed("\(error)")
            }
            return CaseResult(file: root.lastPathComponent, suite: "sigv4", caseName: name, outcome: outcome)
        }
    }

    /// Runs one case folder.
    public func run(caseFolder: URL) throws -> CaseResult.Outcome {
        let base = caseFolder.appendingPathComponent(caseFolder.lastPathComponent)
        func expected(_ suffix: String) throws -> String? {
            let url = base.appendingPathExtension(suffix)
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            return String(decoding: try Data(contentsOf: url), as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        }
        let raw = try SigV4RawRequest(parsing: Data(contentsOf: base.appendingPathExtension("req")))
        let canonicalRequest = try expected("creq")
        let signedRequest = try expected("sreq").map { try SigV4RawRequest(parsing: Data($0.utf8)) }

        let token = canonicalRequest.flatMap(Self.signedToken(in:))
        let signer = SigV4Signer(
            credentials: Credentials(accessKeyID: Self.accessKeyID, secretAccessKey: Self.secretAccessKey, sessionToken: token),
            region: "us-east-1", service: "service", options: .standard)
        var headers = HTTPHeaders(raw.headers.map { ($0.name, $0.value) })
        let url = Self.signingURL(target: raw.target, host: headers["Host"] ?? "")
        let body: HTTPBody = raw.body.isEmpty ? .empty : .data(raw.body)
        let signature = try signer.sign(method: raw.method, url: url, headers: &headers, body: body, date: Self.date)

        var differences: [String] = []
        func compare(_ stage: String, _ expected: String?, _ actual: String) {
            if let expected, expected != actual {
                differences.append("\(stage) differs\n  expected: \(Self.escaped(expected))\n  actual:   \(Self.escaped(actual))")
            }
        }
        compare(".creq", canonicalRequest, signature.canonicalRequest)
        compare(".sts", try expected("sts"), signature.stringToSign)
        let authorization = try expected("authz")
        compare(".authz", authorization, signature.authorization)
        if var signedRequest {
            // Upstream's get-vanilla-with-session-token.sreq carries a signature that disagrees with
            // its own .authz (botocore's harness never reads .sreq); the .authz is the authority.
            if let authorization, let index = signedRequest.headers.firstIndex(where: { $0.name.lowercased() == "authorization" }),
               signedRequest.headers[index].value != authorization {
                signedRequest.headers[index].value = authorization
            }
            if let lateToken = signedRequest.headers.first(where: { $0.name.lowercased() == "x-amz-security-token" })?.value,
               !headers.contains("X-Amz-Security-Token") {
                headers.add(name: "X-Amz-Security-Token", value: lateToken)
            }
            var actual = raw
            actual.headers = headers.fields
            if actual != signedRequest {
                differences.append(".sreq differs\n  expected: \(signedRequest.normalizedHeaders)\n  actual:   \(actual.normalizedHeaders)")
            }
        }
        return differences.isEmpty ? .passed : .failed(differences.joined(separator: "\n"))
    }

    /// The token the canonical request signs, as botocore's harness finds it.
    static func signedToken(in canonicalRequest: String) -> String? {
        for line in canonicalRequest.split(separator: "\n") where line.hasPrefix("x-amz-security-token:") {
            return String(line.dropFirst("x-amz-security-token:".count))
        }
        return nil
    }

    /// The URL parts of a raw target: the path as written; the query decoded and re-encoded
    /// the way botocore's harness passes it (`parse_qsl`, then `quote(safe='-_.~')`).
    static func signingURL(target: String, host: String) -> SigV4URL {
        let path: Substring, rawQuery: Substring
        if let question = target.firstIndex(of: "?") {
            path = target[..<question]
            rawQuery = target[target.index(after: question)...]
        } else {
            path = Substring(target)
            rawQuery = ""
        }
        let query = rawQuery.split(separator: "&").map { pair -> String in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = PercentEncoding.decode(String(parts[0]), plusAsSpace: true)
            let value = parts.count > 1 ? PercentEncoding.decode(String(parts[1]), plusAsSpace: true) : ""
            return PercentEncoding.encode(name) + "=" + PercentEncoding.encode(value)
        }.joined(separator: "&")
        return SigV4URL(scheme: "https", host: host.lowercased(), path: String(path), query: query)
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: "\\n")
    }
}
