extension ConfigResolver {
    /// Endpoint discovery: `Config.endpointDiscoveryEnabled`, else `AWS_ENDPOINT_DISCOVERY_ENABLED`,
    /// else the profile's `endpoint_discovery_enabled`, else `.auto`.
    ///
    /// A configured value other than `auto`, `true` or `false` is not thrown here: botocore refuses
    /// it only when it creates a client of a service with endpoint discovery, so the error is
    /// returned for `ClientFactory` to throw then (and `.auto` stands in meanwhile).
    func endpointDiscovery(config: Config?) -> (mode: EndpointDiscoveryMode, error: ConfigError?) {
        if let mode = config?.endpointDiscoveryEnabled { return (mode, nil) }
        guard let text = value(env: ["AWS_ENDPOINT_DISCOVERY_ENABLED"], profile: ["endpoint_discovery_enabled"]) else {
            return (.auto, nil)
        }
        if let mode = EndpointDiscoveryMode(configValue: text) { return (mode, nil) }
        let error = ConfigError(.invalidValue, "Unsupported configuration value for endpoint_discovery_enabled. "
            + "Expected one of (\"true\", \"false\", \"auto\") but got \(text). Fix AWS_ENDPOINT_DISCOVERY_ENABLED "
            + "or the profile's endpoint_discovery_enabled.")
        return (.auto, error)
    }
}
