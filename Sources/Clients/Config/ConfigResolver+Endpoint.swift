extension ConfigResolver {
    /// The configured endpoint URL for a service, in botocore's order: `explicit`; then, unless
    /// `ignore_configured_endpoint_urls` is on (`Config`, `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS`,
    /// profile), `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, the `endpoint_url` of the
    /// service's sub-section in the profile's `services` section, and the profile's `endpoint_url`.
    ///
    /// `serviceID` is the model's `serviceId` (`S3`, `API Gateway`): upper-cased with spaces and
    /// hyphens as underscores for the variable, lower-cased for the `services` section key.
    public func endpointURL(serviceID: String, explicit: String? = nil, config: Config? = nil) throws(ConfigError) -> String? {
        if let explicit { return explicit }
        let ignore = config?.ignoreConfiguredEndpointURLs
            ?? bool(env: ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"], profile: ["ignore_configured_endpoint_urls"]) ?? false
        if ignore { return nil }
        let key = Self.serviceKey(serviceID)
        if let url = nonEmpty(environment["AWS_ENDPOINT_URL_" + key.uppercased()]) { return url }
        if let url = nonEmpty(environment["AWS_ENDPOINT_URL"]) { return url }
        if let sectionName = profile["services"] {
            guard let services = sharedConfig.services[sectionName], !services.values.isEmpty else {
                throw ConfigError(.invalidValue, "The profile \"\(profile.name)\" is configured to use the services section "
                    + "but the \"\(sectionName)\" services configuration does not exist. Add [services \(sectionName)] "
                    + "to \(sharedConfig.configFilePath.isEmpty ? "the config file" : sharedConfig.configFilePath).")
            }
            if let url = nonEmpty(services.section(key)?["endpoint_url"]) { return url }
        }
        return nonEmpty(profile["endpoint_url"])
    }

    /// `API Gateway` → `api_gateway`: the key of a service in `services` sections and, upper-cased,
    /// the suffix of its `AWS_ENDPOINT_URL_` variable.
    public static func serviceKey(_ serviceID: String) -> String {
        String(serviceID.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }

    private func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}
