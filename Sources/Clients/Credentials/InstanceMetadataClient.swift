import Foundation

/// The requests to the instance metadata service behind `InstanceMetadataCredentialProvider`
/// (botocore's `InstanceMetadataFetcher`).
struct InstanceMetadataClient: Sendable {
    let settings: InstanceMetadataSettings
    let transport: any HTTPTransport
    let userAgent: String?
    static let credentialsPath = "latest/meta-data/iam/security-credentials/"
    private static let method = "iam-role"

    /// Fetches the role's credentials; `.notConfigured` when the service has none to give.
    func roleCredentials(now: Date) async throws -> Credentials {
        let token = try await fetchToken()
        if token == nil && settings.v1Disabled {
            throw CredentialsError(.retrievalFailed, provider: Self.method,
                                   "Unable to retrieve token for use in IMDSv2 call and IMDSv1 has been disabled")
        }
        guard let roleResponse = try await get(Self.credentialsPath, token: token, needsJSON: false) else { throw Self.nothing }
        let roleName = String(decoding: roleResponse, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !roleName.isEmpty, let body = try await get(Self.credentialsPath + roleName, token: token, needsJSON: true) else {
            throw Self.nothing
        }
        let json = try CredentialJSON(body, provider: Self.method, what: "The instance metadata credentials")
        guard let accessKey = json.string("AccessKeyId"), let secret = json.string("SecretAccessKey"),
              let sessionToken = json.string("Token"), json.string("Expiration") != nil else {
            throw Self.nothing
        }
        var expiration = try json.expiration("Expiration", provider: Self.method)
        if let current = expiration { expiration = Self.extendedIfStale(current, now: now) }
        return Credentials(accessKeyID: accessKey, secretAccessKey: secret, sessionToken: sessionToken,
                           expiration: expiration, source: Self.method)
    }

    /// botocore keeps using credentials the service returns stale (when it cannot refresh them)
    /// by pushing their expiry 15 minutes plus 2-10 minutes of jitter into the future.
    static func extendedIfStale(_ expiration: Date, now: Date) -> Date {
        let window = TimeInterval(15 * 60 + Int.random(in: 120...600))
        return now >= expiration.addingTimeInterval(-window) ? now.addingTimeInterval(window) : expiration
    }

    private static var nothing: CredentialsError {
        CredentialsError(.notConfigured, provider: method, "The EC2 instance metadata service returned no role credentials.")
    }

    private var timeouts: HTTPTimeouts { HTTPTimeouts(connect: settings.timeout, read: settings.timeout) }

    private func url(_ path: String) throws -> URL {
        let base = settings.baseURL.hasSuffix("/") ? settings.baseURL : settings.baseURL + "/"
        guard let url = URL(string: base + path), url.host != nil else {
            throw CredentialsError(.invalidConfig, provider: Self.method,
                                   "The instance metadata endpoint '\(settings.baseURL)' is not a valid URL.")
        }
        return url
    }

    /// The session token, `nil` when the service does not offer IMDSv2 (fall back to v1).
    private func fetchToken() async throws -> String? {
        var headers: HTTPHeaders = ["x-aws-ec2-metadata-token-ttl-seconds": "21600"]
        if let userAgent { headers["User-Agent"] = userAgent }
        let request = HTTPRequest(method: "PUT", url: try url("latest/api/token"), headers: headers)
        for _ in 0..<settings.attempts {
            do {
                let response = try await transport.send(request, timeouts: timeouts)
                switch response.statusCode {
                case 200: return String(decoding: response.body, as: UTF8.self)
                case 403, 404, 405: return nil
                case 400: throw Self.nothing
                default: continue
                }
            } catch let error as HTTPTransportError {
                if error.code == .readTimeout { return nil }
            }
        }
        return nil
    }

    /// The body of a 200 response with content (and valid JSON when asked), `nil` when every
    /// attempt failed.
    private func get(_ path: String, token: String?, needsJSON: Bool) async throws -> Data? {
        var headers = HTTPHeaders()
        if let token { headers["x-aws-ec2-metadata-token"] = token }
        if let userAgent { headers["User-Agent"] = userAgent }
        let request = HTTPRequest(method: "GET", url: try url(path), headers: headers)
        for _ in 0..<settings.attempts {
            do {
                let response = try await transport.send(request, timeouts: timeouts)
                guard response.statusCode == 200, !response.body.isEmpty else { continue }
                if needsJSON, (try? JSONValue.parse(response.body)) == nil { continue }
                return response.body
            } catch is HTTPTransportError {
                continue
            }
        }
        return nil
    }
}
