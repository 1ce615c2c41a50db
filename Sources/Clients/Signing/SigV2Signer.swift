import Foundation

/// Signs query-protocol requests with AWS Signature Version 2 (HMAC-SHA256), as botocore's
/// `SigV2Auth` does for SimpleDB: `AWSAccessKeyId`, `SignatureVersion=2`,
/// `SignatureMethod=HmacSHA256`, `Timestamp`, `SecurityToken` for temporary credentials and
/// last `Signature` are appended to the form body.
///
/// ```swift
/// let signer = SigV2Signer(credentials: credentials)
/// try signer.sign(&request, date: Date())
/// ```
/// The signature covers `METHOD\nhost\npath\n` and the body's parameters sorted by name, each
/// name and value percent-encoded (RFC 3986, `quote(safe='-_~')`).
public struct SigV2Signer: Sendable {
    /// The credentials signed with.
    public let credentials: Credentials

    /// Creates a signer.
    public init(credentials: Credentials) {
        self.credentials = credentials
    }

    /// Appends the SigV2 parameters and signature to the request's form body. Any earlier SigV2
    /// parameters are replaced, so a retry may sign again. Throws `SigningError` for a body that
    /// is not an in-memory form (SigV2 signs query-protocol requests only).
    public func sign(_ request: inout HTTPRequest, date: Date) throws {
        guard let data = request.body.inMemoryData else {
            throw SigningError(code: .unsupportedAuth, message: "SigV2 signs form-encoded request bodies held in memory; "
                + "this request streams its body. Use Signature Version 4.")
        }
        let auth = Self.authParameterNames
        var pairs = Self.formPairs(String(decoding: data, as: UTF8.self)).filter { !auth.contains($0.name) }
        pairs += [("AWSAccessKeyId", credentials.accessKeyID), ("SignatureVersion", "2"), ("SignatureMethod", "HmacSHA256"),
                  ("Timestamp", Self.timestamp(date))]
        if let token = credentials.sessionToken { pairs.append(("SecurityToken", token)) }
        pairs.append(("Signature", signature(method: request.method, url: request.url.absoluteString, parameters: pairs)))
        // botocore sends the parameters re-encoded by `urlencode`, spaces as `+`.
        let body = pairs.map { Self.formEncode($0.name) + "=" + Self.formEncode($0.value) }.joined(separator: "&")
        request.body = .data(Data(body.utf8))
        if request.headers["Content-Length"] != nil { request.headers["Content-Length"] = String(request.body.contentLength ?? 0) }
    }

    /// The base64 HMAC-SHA256 of `METHOD\nnetloc\npath\n` and the sorted, encoded parameters
    /// (`Signature` itself left out).
    package func signature(method: String, url: String, parameters: [(name: String, value: String)]) -> String {
        let (netloc, path) = Self.netlocAndPath(url)
        let sorted = parameters.filter { $0.name != "Signature" }.sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
        let query = sorted.map { PercentEncoding.encode($0.name) + "=" + PercentEncoding.encode($0.value) }.joined(separator: "&")
        let stringToSign = method + "\n" + netloc + "\n" + (path.isEmpty ? "/" : path) + "\n" + query
        return HMAC<SHA256>.authenticationCode(for: stringToSign, key: Array(credentials.secretAccessKey.utf8)).base64String
    }

    /// The parameters SigV2 adds.
    static let authParameterNames: Set<String> = [
        "AWSAccessKeyId", "SignatureVersion", "SignatureMethod", "Timestamp", "SecurityToken", "Signature",
    ]

    /// `%Y-%m-%dT%H:%M:%SZ` in UTC, whole seconds.
    static func timestamp(_ date: Date) -> String {
        let amz = Array(TimestampFormat.amzDate(date))  // yyyyMMddTHHmmssZ
        return String(amz[0..<4]) + "-" + String(amz[4..<6]) + "-" + String(amz[6..<8]) + "T"
            + String(amz[9..<11]) + ":" + String(amz[11..<13]) + ":" + String(amz[13..<15]) + "Z"
    }

    /// Decoded `name=value` pairs of a form body, in order.
    static func formPairs(_ body: String) -> [(name: String, value: String)] {
        body.split(separator: "&", omittingEmptySubsequences: true).map { piece in
            let parts = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = parts.count > 1 ? String(parts[1]) : ""
            return (PercentEncoding.decode(String(parts[0]), plusAsSpace: true), PercentEncoding.decode(value, plusAsSpace: true))
        }
    }

    /// Python's `quote_plus`, as `urlencode` writes form bodies: unreserved characters kept, spaces
    /// as `+`, every other byte `%XX`.
    static func formEncode(_ text: String) -> String {
        PercentEncoding.encode(text, safe: " ").replacingOccurrences(of: " ", with: "+")
    }

    /// `urlsplit(url).netloc` (as written: userinfo, case and port kept) and `.path`.
    static func netlocAndPath(_ url: String) -> (netloc: String, path: String) {
        var rest = Substring(url)
        if let separator = rest.range(of: "://") { rest = rest[separator.upperBound...] }
        if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        guard let slash = rest.firstIndex(of: "/") else { return (String(rest), "") }
        return (String(rest[..<slash]), String(rest[slash...]))
    }
}
