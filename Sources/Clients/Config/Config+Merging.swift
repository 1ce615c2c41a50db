extension Config {
    /// A configuration with every field `other` sets taken from `other`, the rest from this one
    /// (botocore's `Config.merge`: fields are replaced whole, so `other.s3` replaces `s3`).
    public func merging(_ other: Config) -> Config {
        Config(region: other.region ?? region,
               signatureVersion: other.signatureVersion ?? signatureVersion,
               userAgent: other.userAgent ?? userAgent,
               userAgentExtra: other.userAgentExtra ?? userAgentExtra,
               userAgentAppID: other.userAgentAppID ?? userAgentAppID,
               connectTimeout: other.connectTimeout ?? connectTimeout,
               readTimeout: other.readTimeout ?? readTimeout,
               parameterValidation: other.parameterValidation ?? parameterValidation,
               maxPoolConnections: other.maxPoolConnections ?? maxPoolConnections,
               proxies: other.proxies ?? proxies,
               proxiesConfig: other.proxiesConfig ?? proxiesConfig,
               s3: other.s3 ?? s3,
               retries: other.retries ?? retries,
               injectHostPrefix: other.injectHostPrefix ?? injectHostPrefix,
               useDualStackEndpoint: other.useDualStackEndpoint ?? useDualStackEndpoint,
               useFIPSEndpoint: other.useFIPSEndpoint ?? useFIPSEndpoint,
               ignoreConfiguredEndpointURLs: other.ignoreConfiguredEndpointURLs ?? ignoreConfiguredEndpointURLs,
               tcpKeepalive: other.tcpKeepalive ?? tcpKeepalive,
               requestMinCompressionSizeBytes: other.requestMinCompressionSizeBytes ?? requestMinCompressionSizeBytes,
               disableRequestCompression: other.disableRequestCompression ?? disableRequestCompression,
               sigv4aSigningRegionSet: other.sigv4aSigningRegionSet ?? sigv4aSigningRegionSet,
               requestChecksumCalculation: other.requestChecksumCalculation ?? requestChecksumCalculation,
               responseChecksumValidation: other.responseChecksumValidation ?? responseChecksumValidation,
               accountIDEndpointMode: other.accountIDEndpointMode ?? accountIDEndpointMode,
               verify: other.verify ?? verify,
               httpTransport: other.httpTransport ?? httpTransport,
               authSchemePreference: other.authSchemePreference ?? authSchemePreference,
               endpointDiscoveryEnabled: other.endpointDiscoveryEnabled ?? endpointDiscoveryEnabled,
               interceptors: other.interceptors.isEmpty ? interceptors : other.interceptors)
    }
}
