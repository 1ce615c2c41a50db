/// The settings a client runs with, after arguments, `Config`, environment and profile were
/// resolved (botocore's resolved client config).
public struct ClientConfiguration: Sendable {
    /// The region requests are signed for.
    public var region: String
    /// The endpoint URL to use instead of the rule set's, if any.
    public var endpointURL: String?
    /// Connect and read timeouts.
    public var timeouts: HTTPTimeouts
    /// Extra text appended to the User-Agent header.
    public var userAgentExtra: String?
    /// Use FIPS endpoints.
    public var useFIPSEndpoint: Bool
    /// Use dual-stack (IPv6) endpoints.
    public var useDualStackEndpoint: Bool
    /// S3 addressing style: `auto`, `path` or `virtual`.
    public var s3AddressingStyle: String
    /// Use S3 Transfer Acceleration endpoints.
    public var s3UseAccelerateEndpoint: Bool
    /// Sign S3 payloads (`x-amz-content-sha256` with the body hash) even over HTTPS.
    public var s3PayloadSigningEnabled: Bool
    /// `when_supported` (default) or `when_required`: when request checksums are computed.
    public var requestChecksumCalculation: String
    /// `when_supported` (default) or `when_required`: when response checksums are validated.
    public var responseChecksumValidation: String
    /// Attempts per request, the first included.
    public var maxAttempts: Int
    /// `standard` or `legacy`.
    public var retryMode: String

    /// Creates a configuration with botocore's defaults.
    public init(region: String, endpointURL: String? = nil, timeouts: HTTPTimeouts = HTTPTimeouts(),
                userAgentExtra: String? = nil, useFIPSEndpoint: Bool = false, useDualStackEndpoint: Bool = false,
                s3AddressingStyle: String = "auto", s3UseAccelerateEndpoint: Bool = false,
                s3PayloadSigningEnabled: Bool = false, requestChecksumCalculation: String = "when_supported",
                responseChecksumValidation: String = "when_supported", maxAttempts: Int = 3, retryMode: String = "standard") {
        self.region = region
        self.endpointURL = endpointURL
        self.timeouts = timeouts
        self.userAgentExtra = userAgentExtra
        self.useFIPSEndpoint = useFIPSEndpoint
        self.useDualStackEndpoint = useDualStackEndpoint
        self.s3AddressingStyle = s3AddressingStyle
        self.s3UseAccelerateEndpoint = s3UseAccelerateEndpoint
        self.s3PayloadSigningEnabled = s3PayloadSigningEnabled
        self.requestChecksumCalculation = requestChecksumCalculation
        self.responseChecksumValidation = responseChecksumValidation
        self.maxAttempts = maxAttempts
        self.retryMode = retryMode
    }
}
