/// Client configuration, as botocore's `Config`: every field is optional, and an unset field
/// defers to the environment, then the shared config profile, then botocore's default.
///
/// ```swift
/// let config = Config(region: "eu-west-1", connectTimeout: 5,
///                     s3: S3Config(addressingStyle: .path),
///                     retries: RetryConfig(mode: .standard, totalMaxAttempts: 4))
/// let client = try session.client("s3", config: config)
/// ```
public struct Config: Sendable, Hashable {
    /// The region to send requests to.
    public var region: String?
    /// How requests are signed (`"v4"`, `"s3v4"`, `"v2"`, `"bearer"`, `.unsigned`); `nil` uses the
    /// service model's choice per operation. A version the client cannot sign with is refused
    /// when the client is created.
    public var signatureVersion: SignatureVersion?
    /// Replaces the whole `User-Agent` header (`userAgentExtra` is still appended), as botocore's
    /// `user_agent`.
    public var userAgent: String?
    /// Appended as it is to the end of the `User-Agent` header.
    public var userAgentExtra: String?
    /// An application id sent as the `User-Agent`'s `app/<id>` component (also `AWS_SDK_UA_APP_ID`
    /// and the profile's `sdk_ua_app_id`); characters outside botocore's allowed set become `-`.
    /// botocore recommends at most 50 characters (and only warns beyond); so does this SDK.
    public var userAgentAppID: String?
    /// Seconds to establish a connection (default 60).
    public var connectTimeout: Double?
    /// Seconds to wait for response bytes (default 60).
    public var readTimeout: Double?
    /// Validate parameters against the model before sending (default true).
    public var parameterValidation: Bool?
    /// The connection pool size (default 10).
    public var maxPoolConnections: Int?
    /// Proxy URLs by scheme (`http`, `https`) or `scheme://host`.
    public var proxies: [String: String]?
    /// Proxy TLS details.
    public var proxiesConfig: ProxiesConfig?
    /// S3 settings.
    public var s3: S3Config?
    /// Retry settings.
    public var retries: RetryConfig?
    /// Prefix hosts as the model's `hostPrefix` asks (default true; also
    /// `AWS_DISABLE_HOST_PREFIX_INJECTION` and the profile's `disable_host_prefix_injection`). As in
    /// botocore, a custom endpoint URL is prefixed too.
    public var injectHostPrefix: Bool?
    /// Use the dual-stack endpoint variant.
    public var useDualStackEndpoint: Bool?
    /// Use the FIPS endpoint variant.
    public var useFIPSEndpoint: Bool?
    /// Ignore `AWS_ENDPOINT_URL*` and profile `endpoint_url` settings.
    public var ignoreConfiguredEndpointURLs: Bool?
    /// Turn on TCP keep-alive.
    public var tcpKeepalive: Bool?
    /// Gzip request bodies at least this large (1 to 1048576, default 10240) for operations
    /// modeled with `requestcompression`; streaming inputs are compressed whatever their size.
    public var requestMinCompressionSizeBytes: Int?
    /// Never compress request bodies (also `AWS_DISABLE_REQUEST_COMPRESSION`).
    public var disableRequestCompression: Bool?
    /// Regions a SigV4a signature is valid in, comma separated (`us-east-1,us-west-2`, `*`); also
    /// `AWS_SIGV4A_SIGNING_REGION_SET` and the profile's `sigv4a_signing_region_set`. As in
    /// botocore, it outranks the endpoint's region set where an operation or endpoint chooses
    /// SigV4a; unset, the endpoint's set applies, else `*`.
    public var sigv4aSigningRegionSet: String?
    /// When to compute request checksums (default `.whenSupported`).
    public var requestChecksumCalculation: ChecksumPolicy?
    /// When to validate response checksums (default `.whenSupported`).
    public var responseChecksumValidation: ChecksumPolicy?
    /// `preferred`, `disabled` or `required`: use account-based endpoints (default `preferred`).
    public var accountIDEndpointMode: String?
    /// Auth schemes to prefer where an operation allows several, most preferred first, by their
    /// short names (`sigv4`, `sigv4a`, `httpBearerAuth`, `noAuth`); also `AWS_AUTH_SCHEME_PREFERENCE`
    /// and the profile's `auth_scheme_preference` (comma separated).
    public var authSchemePreference: [String]?
    /// TLS certificate verification (botocore's `verify` client argument; `AWS_CA_BUNDLE`).
    public var verify: TLSVerification?
    /// Which HTTP transport clients use (default `.automatic`: libcurl on Linux when it loads,
    /// URLSession otherwise; also `AWS_SWIFT_HTTP_TRANSPORT`).
    public var httpTransport: HTTPTransportKind?
    /// Endpoint discovery: `.auto` (default), `true` or `false` (also `AWS_ENDPOINT_DISCOVERY_ENABLED`
    /// and the profile's `endpoint_discovery_enabled`); see `EndpointDiscoveryMode`.
    public var endpointDiscoveryEnabled: EndpointDiscoveryMode?
    /// Hooks the client runs on every call, in order, after the session's (see `ClientInterceptor`).
    public var interceptors: [any ClientInterceptor] {
        get { interceptorList.interceptors }
        set { interceptorList = InterceptorList(newValue) }
    }
    /// `interceptors`, in a wrapper that lets `Config` stay `Hashable`.
    private var interceptorList = InterceptorList([])

    /// Creates a configuration; unset fields defer to the environment, profile and defaults.
    public init(region: String? = nil, signatureVersion: SignatureVersion? = nil, userAgent: String? = nil,
                userAgentExtra: String? = nil, userAgentAppID: String? = nil, connectTimeout: Double? = nil,
                readTimeout: Double? = nil, parameterValidation: Bool? = nil, maxPoolConnections: Int? = nil,
                proxies: [String: String]? = nil, proxiesConfig: ProxiesConfig? = nil, s3: S3Config? = nil,
                retries: RetryConfig? = nil, injectHostPrefix: Bool? = nil, useDualStackEndpoint: Bool? = nil,
                useFIPSEndpoint: Bool? = nil, ignoreConfiguredEndpointURLs: Bool? = nil, tcpKeepalive: Bool? = nil,
                requestMinCompressionSizeBytes: Int? = nil, disableRequestCompression: Bool? = nil,
                sigv4aSigningRegionSet: String? = nil, requestChecksumCalculation: ChecksumPolicy? = nil,
                responseChecksumValidation: ChecksumPolicy? = nil, accountIDEndpointMode: String? = nil,
                verify: TLSVerification? = nil, httpTransport: HTTPTransportKind? = nil,
                authSchemePreference: [String]? = nil, endpointDiscoveryEnabled: EndpointDiscoveryMode? = nil,
                interceptors: [any ClientInterceptor] = []) {
        self.interceptorList = InterceptorList(interceptors)
        self.region = region
        self.signatureVersion = signatureVersion
        self.userAgent = userAgent
        self.userAgentExtra = userAgentExtra
        self.userAgentAppID = userAgentAppID
        self.connectTimeout = connectTimeout
        self.readTimeout = readTimeout
        self.parameterValidation = parameterValidation
        self.maxPoolConnections = maxPoolConnections
        self.proxies = proxies
        self.proxiesConfig = proxiesConfig
        self.s3 = s3
        self.retries = retries
        self.injectHostPrefix = injectHostPrefix
        self.useDualStackEndpoint = useDualStackEndpoint
        self.useFIPSEndpoint = useFIPSEndpoint
        self.ignoreConfiguredEndpointURLs = ignoreConfiguredEndpointURLs
        self.tcpKeepalive = tcpKeepalive
        self.requestMinCompressionSizeBytes = requestMinCompressionSizeBytes
        self.disableRequestCompression = disableRequestCompression
        self.sigv4aSigningRegionSet = sigv4aSigningRegionSet
        self.requestChecksumCalculation = requestChecksumCalculation
        self.responseChecksumValidation = responseChecksumValidation
        self.accountIDEndpointMode = accountIDEndpointMode
        self.verify = verify
        self.httpTransport = httpTransport
        self.authSchemePreference = authSchemePreference
        self.endpointDiscoveryEnabled = endpointDiscoveryEnabled
    }
}
