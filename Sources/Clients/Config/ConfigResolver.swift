import Foundation

/// Computes the settings a client runs with from an explicit argument, a `Config`, the
/// environment and the selected shared-config profile, in botocore's order of precedence.
///
/// ```swift
/// let resolver = ConfigResolver(sharedConfig: try SharedConfig.load())
/// let settings = try resolver.resolve(serviceID: "S3", endpointPrefix: "s3", config: Config(region: "us-east-1"))
/// settings.region; settings.endpointURL; settings.retryMode
/// ```
public struct ConfigResolver: Sendable {
    /// The shared config files and selected profile.
    public var sharedConfig: SharedConfig
    /// The environment variables consulted (injected so tests never read the process's).
    public var environment: [String: String]

    /// Creates a resolver.
    public init(sharedConfig: SharedConfig, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.sharedConfig = sharedConfig
        self.environment = environment
    }

    /// The selected profile.
    var profile: ConfigProfile { sharedConfig.profile }

    /// The first set value among the environment variables `env`, then the profile keys `keys`.
    public func value(env: [String] = [], profile keys: [String] = []) -> String? {
        for name in env { if let value = environment[name] { return value } }
        for key in keys { if let value = profile[key] { return value } }
        return nil
    }

    func bool(env: [String] = [], profile keys: [String] = []) -> Bool? {
        value(env: env, profile: keys).map(ConfigValue.boolean)
    }

    /// The region: `explicit`, else `Config.region`, else `AWS_DEFAULT_REGION`, else `AWS_REGION`
    /// (read by other AWS SDKs; botocore reads only the former), else the profile's `region`.
    public func region(explicit: String? = nil, config: Config? = nil) -> String? {
        if let explicit { return explicit }
        if let region = config?.region { return region }
        return value(env: ["AWS_DEFAULT_REGION", "AWS_REGION"], profile: ["region"])
    }

    /// Resolves every setting for the service whose model has `serviceId` `serviceID` (for the
    /// `AWS_ENDPOINT_URL_<SERVICE>` variable and `services` sections) and `endpointPrefix`.
    public func resolve(serviceID: String, endpointPrefix: String, region explicitRegion: String? = nil,
                        endpointURL explicitEndpoint: String? = nil, verify explicitVerify: TLSVerification? = nil,
                        config: Config? = nil) throws(ConfigError) -> EffectiveConfig {
        try refuseUnsupported(config: config)
        let s3 = try s3Config(config: config)
        let isS3 = endpointPrefix == "s3" || endpointPrefix == "s3-control"
        let retries = try retrySettings(config: config)
        let minimumCompression = try compressionMinimum(config: config)
        let signature = try signatureVersion(endpointPrefix: endpointPrefix, config: config)
        let accountMode = try accountIDEndpointMode(config: config, unsigned: signature.version?.isUnsigned == true)
        let preference = authSchemePreference(config: config)
        let generalDualStack = config?.useDualStackEndpoint ?? bool(env: ["AWS_USE_DUALSTACK_ENDPOINT"], profile: ["use_dualstack_endpoint"]) ?? false
        var settings = EffectiveConfig(
            region: region(explicit: explicitRegion, config: config),
            endpointURL: try endpointURL(serviceID: serviceID, explicit: explicitEndpoint, config: config),
            signatureVersion: signature.version,
            userAgent: config?.userAgent,
            userAgentExtra: config?.userAgentExtra,
            userAgentAppID: config?.userAgentAppID ?? value(env: ["AWS_SDK_UA_APP_ID"], profile: ["sdk_ua_app_id"]),
            connectTimeout: config?.connectTimeout ?? 60,
            readTimeout: config?.readTimeout ?? 60,
            parameterValidation: config?.parameterValidation ?? bool(profile: ["parameter_validation"]) ?? true,
            maxPoolConnections: config?.maxPoolConnections ?? 10,
            proxies: config?.proxies ?? environmentProxies(),
            proxiesConfig: config?.proxiesConfig ?? ProxiesConfig(
                proxyCABundle: value(profile: ["proxy_ca_bundle"]),
                proxyClientCert: value(profile: ["proxy_client_cert"]),
                proxyUseForwardingForHTTPS: bool(profile: ["proxy_use_forwarding_for_https"])),
            retryMode: retries.mode,
            totalMaxAttempts: retries.total,
            s3: s3,
            useDualStackEndpoint: isS3 ? (s3.useDualstackEndpoint ?? generalDualStack) : generalDualStack,
            useFIPSEndpoint: config?.useFIPSEndpoint ?? bool(env: ["AWS_USE_FIPS_ENDPOINT"], profile: ["use_fips_endpoint"]) ?? false,
            requestChecksumCalculation: try checksumPolicy("request_checksum_calculation", config?.requestChecksumCalculation,
                                                           env: "AWS_REQUEST_CHECKSUM_CALCULATION"),
            responseChecksumValidation: try checksumPolicy("response_checksum_validation", config?.responseChecksumValidation,
                                                           env: "AWS_RESPONSE_CHECKSUM_VALIDATION"),
            verify: verification(explicit: explicitVerify, config: config),
            httpTransport: try transportKind(config: config),
            tcpKeepalive: config?.tcpKeepalive ?? bool(env: ["BOTOCORE_TCP_KEEPALIVE"], profile: ["tcp_keepalive"]) ?? false,
            injectHostPrefix: config?.injectHostPrefix
                ?? bool(env: ["AWS_DISABLE_HOST_PREFIX_INJECTION"], profile: ["disable_host_prefix_injection"]).map { !$0 } ?? true,
            stsRegionalEndpoints: try stsRegionalEndpoints(),
            requestMinCompressionSizeBytes: minimumCompression,
            disableRequestCompression: config?.disableRequestCompression
                ?? bool(env: ["AWS_DISABLE_REQUEST_COMPRESSION"], profile: ["disable_request_compression"]) ?? false,
            sigv4aSigningRegionSet: config?.sigv4aSigningRegionSet
                ?? value(env: ["AWS_SIGV4A_SIGNING_REGION_SET"], profile: ["sigv4a_signing_region_set"]),
            accountIDEndpointMode: accountMode)
        settings.isSignatureVersionFromConfig = signature.fromConfig
        settings.authSchemePreference = preference.schemes
        settings.isAuthSchemePreferenceFromConfig = preference.fromConfig
        settings.executionEnvironment = environment["AWS_EXECUTION_ENV"]
        (settings.endpointDiscoveryEnabled, settings.endpointDiscoveryConfigError) = endpointDiscovery(config: config)
        settings.isEndpointURLExplicit = explicitEndpoint != nil
        return settings
    }

    /// TLS verification: `explicit`, else `Config.verify`, else `AWS_CA_BUNDLE`, else the profile's
    /// `ca_bundle`, else `.enabled`.
    public func verification(explicit: TLSVerification? = nil, config: Config? = nil) -> TLSVerification {
        if let explicit { return explicit }
        if let verify = config?.verify { return verify }
        if let bundle = value(env: ["AWS_CA_BUNDLE"], profile: ["ca_bundle"]) { return .caBundle(bundle) }
        return .enabled
    }

    private func checksumPolicy(_ name: String, _ configured: ChecksumPolicy?, env: String) throws(ConfigError) -> ChecksumPolicy {
        if let configured { return configured }
        guard let text = value(env: [env], profile: [name]) else { return .whenSupported }
        guard let policy = ChecksumPolicy(rawValue: text.lowercased()) else {
            throw ConfigError.invalid(name, text, allowed: ChecksumPolicy.allCases.map(\.rawValue))
        }
        return policy
    }

    private func compressionMinimum(config: Config?) throws(ConfigError) -> Int {
        let name = "request_min_compression_size_bytes"
        if let size = config?.requestMinCompressionSizeBytes {
            guard (1...1_048_576).contains(size) else { throw ConfigError.invalid(name, String(size), allowed: ["an integer from 1 to 1048576"]) }
            return size
        }
        guard let text = value(env: ["AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES"], profile: [name]) else { return 10240 }
        guard let size = Int(text.trimmingCharacters(in: .whitespaces)), (1...1_048_576).contains(size) else {
            throw ConfigError.invalid(name, text, allowed: ["an integer from 1 to 1048576"])
        }
        return size
    }

    /// Settings this SDK cannot honour, refused rather than ignored: proxy forwarding for HTTPS
    /// (both transports always tunnel HTTPS through a proxy with CONNECT).
    private func refuseUnsupported(config: Config?) throws(ConfigError) {
        let forwarding = config?.proxiesConfig?.proxyUseForwardingForHTTPS ?? bool(profile: ["proxy_use_forwarding_for_https"])
        if forwarding == true {
            throw ConfigError(.invalidValue, "proxy_use_forwarding_for_https is not supported: this SDK always tunnels HTTPS "
                + "through a proxy with CONNECT. Remove it from the Config's proxiesConfig or the profile.")
        }
    }
}
