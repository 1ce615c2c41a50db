extension ConfigResolver {
    /// The signature version asked for, as botocore's `_get_configured_signature_version`:
    /// `Config.signatureVersion`, else `signature_version` in the profile's sub-section named after
    /// the service's endpoint prefix (`s3 =\n  signature_version = s3v4`); validated, so a version
    /// the client cannot sign with is refused here rather than ignored.
    func signatureVersion(endpointPrefix: String, config: Config?) throws(ConfigError) -> (version: SignatureVersion?, fromConfig: Bool) {
        if let configured = config?.signatureVersion {
            try configured.validate(setting: "Config.signatureVersion")
            return (configured, true)
        }
        guard let text = profile.section(endpointPrefix)?["signature_version"], !text.isEmpty else { return (nil, false) }
        let version = SignatureVersion(text)
        try version.validate(setting: "the '\(endpointPrefix)' section of profile '\(profile.name)' (signature_version)")
        return (version, false)
    }

    /// botocore's `auth_scheme_preference`: `Config.authSchemePreference`, else
    /// `AWS_AUTH_SCHEME_PREFERENCE`, else the profile's `auth_scheme_preference`, a comma-separated
    /// list whose blanks are removed. Names botocore does not know are kept and never match.
    func authSchemePreference(config: Config?) -> (schemes: [String], fromConfig: Bool) {
        if let configured = config?.authSchemePreference, !configured.isEmpty {
            return (configured.map(Self.removingBlanks).filter { !$0.isEmpty }, true)
        }
        guard let text = value(env: ["AWS_AUTH_SCHEME_PREFERENCE"], profile: ["auth_scheme_preference"]) else { return ([], false) }
        return (text.split(separator: ",").map { Self.removingBlanks(String($0)) }.filter { !$0.isEmpty }, false)
    }

    /// `sts_regional_endpoints` (`AWS_STS_REGIONAL_ENDPOINTS`, profile): `regional` (the default) or
    /// `legacy`; anything else is refused, as botocore's `InvalidSTSRegionalEndpointsConfigError`.
    func stsRegionalEndpoints() throws(ConfigError) -> String {
        guard let text = value(env: ["AWS_STS_REGIONAL_ENDPOINTS"], profile: ["sts_regional_endpoints"]), !text.isEmpty else {
            return "regional"
        }
        guard text == "regional" || text == "legacy" else {
            throw ConfigError.invalid("sts_regional_endpoints (AWS_STS_REGIONAL_ENDPOINTS)", text, allowed: ["legacy", "regional"])
        }
        return text
    }

    /// `account_id_endpoint_mode`: `disabled` for unsigned clients (no credentials to take an
    /// account from, as botocore), else `Config`, `AWS_ACCOUNT_ID_ENDPOINT_MODE`, the profile, or
    /// `preferred`; lowercased, and refused outside `preferred`, `disabled`, `required`.
    func accountIDEndpointMode(config: Config?, unsigned: Bool) throws(ConfigError) -> String {
        if unsigned { return "disabled" }
        let text = config?.accountIDEndpointMode
            ?? value(env: ["AWS_ACCOUNT_ID_ENDPOINT_MODE"], profile: ["account_id_endpoint_mode"]) ?? "preferred"
        let mode = text.lowercased()
        let allowed = ["preferred", "disabled", "required"]
        guard allowed.contains(mode) else { throw ConfigError.invalid("account_id_endpoint_mode", text, allowed: allowed) }
        return mode
    }

    private static func removingBlanks(_ text: String) -> String {
        String(text.filter { $0 != " " && $0 != "\t" })
    }
}
