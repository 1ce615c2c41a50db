/// The settings a client runs with, after `ConfigResolver` applied botocore's precedence
/// (explicit argument > `Config` > environment > profile > default) to every field.
public struct EffectiveConfig: Sendable, Hashable {
    /// The region, `nil` when none is configured anywhere (a client then needs an endpoint URL
    /// or fails with botocore's `NoRegionError`).
    public var region: String?
    /// The endpoint URL from the argument, `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, the
    /// profile's `services` section or its `endpoint_url`; `nil` means resolve from the rules.
    public var endpointURL: String?
    /// The signature version asked for by `Config.signatureVersion` or the profile's service section
    /// (`s3 =\n  signature_version = s3v4`), `nil` for the model's choice.
    public var signatureVersion: SignatureVersion?
    /// A full replacement `User-Agent`, when set.
    public var userAgent: String?
    /// Text appended to the `User-Agent`.
    public var userAgentExtra: String?
    /// The application id for the `User-Agent`.
    public var userAgentAppID: String?
    /// Connect timeout in seconds.
    public var connectTimeout: Double
    /// Read timeout in seconds.
    public var readTimeout: Double
    /// Whether parameters are validated before sending.
    public var parameterValidation: Bool
    /// Connection pool size.
    public var maxPoolConnections: Int
    /// Proxy URLs by scheme or `scheme://host`.
    public var proxies: [String: String]
    /// Proxy TLS details.
    public var proxiesConfig: ProxiesConfig
    /// The retry mode.
    public var retryMode: RetryMode
    /// Total attempts configured, `nil` for the mode's default (`RetryMode.defaultTotalMaxAttempts`).
    public var totalMaxAttempts: Int?
    /// The effective total attempts for a service.
    public func maxAttempts(endpointPrefix: String) -> Int {
        totalMaxAttempts ?? retryMode.defaultTotalMaxAttempts(endpointPrefix: endpointPrefix)
    }
    /// S3 settings merged from the profile's `s3` section, the environment and `Config.s3`.
    public var s3: S3Config
    /// Whether to use the dual-stack endpoint (for S3, `s3.useDualstackEndpoint` wins).
    public var useDualStackEndpoint: Bool
    /// Whether to use the FIPS endpoint.
    public var useFIPSEndpoint: Bool
    /// When to compute request checksums.
    public var requestChecksumCalculation: ChecksumPolicy
    /// When to validate response checksums.
    public var responseChecksumValidation: ChecksumPolicy
    /// TLS verification.
    public var verify: TLSVerification
    /// The HTTP transport clients use.
    public var httpTransport: HTTPTransportKind
    /// Whether TCP keep-alive is on.
    public var tcpKeepalive: Bool
    /// Whether hosts get the model's `hostPrefix`.
    public var injectHostPrefix: Bool
    /// `regional` or `legacy` STS endpoints.
    public var stsRegionalEndpoints: String
    /// Minimum body size for request compression.
    public var requestMinCompressionSizeBytes: Int
    /// Whether request compression is off.
    public var disableRequestCompression: Bool
    /// SigV4a region set, when configured.
    public var sigv4aSigningRegionSet: String?
    /// `preferred`, `disabled` or `required` (`disabled` for unsigned clients, as botocore).
    public var accountIDEndpointMode: String
    /// Auth schemes to prefer (`sigv4`, `httpBearerAuth`, ...), most preferred first; empty for none.
    public var authSchemePreference: [String] = []
    /// Whether `signatureVersion` came from `Config` rather than the profile: botocore lets only a
    /// version set in code outrank an auth scheme preference or a bearer token in the environment.
    package var isSignatureVersionFromConfig = false
    /// Whether `authSchemePreference` came from `Config` rather than the environment or profile.
    package var isAuthSchemePreferenceFromConfig = false
    /// Endpoint discovery (`Config.endpointDiscoveryEnabled`, `AWS_ENDPOINT_DISCOVERY_ENABLED`, the
    /// profile's `endpoint_discovery_enabled`), `.auto` by default.
    public var endpointDiscoveryEnabled: EndpointDiscoveryMode = .auto
    /// The error for an environment or profile value of `endpoint_discovery_enabled` that is not
    /// `auto`, `true` or `false`: as botocore, only a client of a service that has endpoint discovery
    /// (and no explicit endpoint URL) refuses it, when it is created.
    package var endpointDiscoveryConfigError: ConfigError?
    /// Whether `endpointURL` was passed to the client explicitly rather than configured
    /// (`AWS_ENDPOINT_URL*`, profile): botocore turns endpoint discovery off only for the former.
    package var isEndpointURLExplicit = false
    /// `AWS_EXECUTION_ENV`, for the `User-Agent`'s `exec-env/` component.
    package var executionEnvironment: String?

    /// The connect and read timeouts as a transport takes them.
    public var timeouts: HTTPTimeouts { HTTPTimeouts(connect: connectTimeout, read: readTimeout) }

    /// The settings a transport is built with: pool size, TLS verification, proxies, keep-alive.
    public var transportOptions: HTTPTransportOptions {
        HTTPTransportOptions(kind: httpTransport, maxConnectionsPerHost: maxPoolConnections, verify: verify,
                             proxies: proxies, proxiesConfig: proxiesConfig, tcpKeepalive: tcpKeepalive)
    }
}
