import Foundation

/// Credentials from the ECS / EKS container credential endpoint (botocore's `ContainerProvider`,
/// method `container-role`, credential source `EcsContainer`).
///
/// `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` is fetched from `http://169.254.170.2`;
/// `AWS_CONTAINER_CREDENTIALS_FULL_URI` must be `https`, a loopback address, or one of the ECS /
/// EKS hosts botocore allows. `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` (read at every fetch) or
/// `AWS_CONTAINER_AUTHORIZATION_TOKEN` becomes the `Authorization` header. Each fetch makes up to
/// 3 attempts, 1 s apart, with a 2 s timeout.
public struct ContainerCredentialProvider: CredentialProvider {
    /// The hosts botocore accepts over plain HTTP besides loopback addresses.
    public static let allowedHosts = ["169.254.170.2", "169.254.170.23", "fd00:ec2::23", "localhost"]
    private let url: String?
    private let refresher: RefreshingCredentialProvider?

    /// Creates the provider from the context's environment and transport.
    public init(context: CredentialProviderContext) {
        let environment = context.environment
        if let relative = environment["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"] {
            url = "http://169.254.170.2" + relative
        } else {
            url = environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"]
        }
        guard let url else { refresher = nil; return }
        let transport = context.transport, sleep = context.sleep
        refresher = RefreshingCredentialProvider(method: "container-role", sourceDescription: "container credentials (\(url))",
                                                 now: context.now) {
            try await Self.fetch(url: url, environment: environment, transport: transport, sleep: sleep)
        }
    }

    /// Fetches (and caches, refreshing before expiry) the container's credentials.
    public func credentials() async throws -> Credentials {
        guard let refresher else { throw CredentialsError.notConfigured("container-role") }
        return try await refresher.credentials()
    }

    /// "container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI / _FULL_URI)".
    public var sourceDescription: String {
        url.map { "container credentials (\($0))" }
            ?? "container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI, AWS_CONTAINER_CREDENTIALS_FULL_URI)"
    }

    static func fetch(url text: String, environment: [String: String], transport: (any HTTPTransport)?,
                      sleep: @Sendable (TimeInterval) async throws -> Void) async throws -> Credentials {
        let method = "container-role"
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            throw CredentialsError(.invalidConfig, provider: method, "The container credentials URI '\(text)' is not an http(s) URL.")
        }
        if scheme == "http" {
            let host = hostName(url)
            guard isLoopback(host) || allowedHosts.contains(host) else {
                throw CredentialsError(.invalidConfig, provider: method,
                                       "Unsupported host '\(host)'.  Can only retrieve metadata from a loopback address or one of these hosts: "
                                        + allowedHosts.joined(separator: ", "))
            }
        }
        guard let transport else {
            throw CredentialsError(.retrievalFailed, provider: method, "no HTTP transport was given to fetch container credentials")
        }
        var headers: HTTPHeaders = ["Accept": "application/json"]
        if let token = try authorizationToken(environment) { headers["Authorization"] = token }
        let request = HTTPRequest(method: "GET", url: url, headers: headers)
        var lastProblem = ""
        for attempt in 1...3 {
            do {
                let response = try await transport.send(request, timeouts: HTTPTimeouts(connect: 2, read: 2))
                if response.statusCode == 200 {
                    let json = try CredentialJSON(response.body, provider: method,
                                                  what: "The response of the container metadata service")
                    return Credentials(accessKeyID: try json.required("AccessKeyId", provider: method),
                                       secretAccessKey: try json.required("SecretAccessKey", provider: method),
                                       sessionToken: try json.required("Token", provider: method),
                                       expiration: try json.expiration("Expiration", provider: method),
                                       source: method, accountID: json.string("AccountId"))
                }
                let body = String(decoding: response.body.prefix(512), as: UTF8.self)
                lastProblem = "Received non 200 response \(response.statusCode) from container metadata: \(body)"
            } catch let error as HTTPTransportError {
                lastProblem = "Received error when attempting to retrieve container metadata: \(error)"
            }
            if attempt < 3 { try await sleep(1) }
        }
        throw CredentialsError(.retrievalFailed, provider: method, lastProblem)
    }

    private static func authorizationToken(_ environment: [String: String]) throws -> String? {
        var token: String?
        if let path = environment["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"] {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CredentialsError(.retrievalFailed, provider: "container-role",
                                       "The file in AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE (\(path)) could not be read.")
            }
            token = String(decoding: data, as: UTF8.self)
        } else {
            token = environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"]
        }
        if let token, token.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) {
            throw CredentialsError(.invalidConfig, provider: "container-role",
                                   "The container authorization token contains a line break, which is not a legal header value; remove it.")
        }
        return token
    }

    static func hostName(_ url: URL) -> String {
        var host = url.host ?? ""
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return host.lowercased()
    }

    /// `127.0.0.0/8` or `::1`.
    static func isLoopback(_ host: String) -> Bool {
        if host == "::1" || host == "0:0:0:0:0:0:0:1" { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCII) && UInt8($0) != nil }) else {
            return false
        }
        return octets[0] == "127"
    }
}
