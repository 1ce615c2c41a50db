/// The `sso-session` a profile's bearer tokens come from (botocore's `SSOTokenProvider`
/// configuration): the profile's `sso_session`, whose section must set `sso_start_url` and
/// `sso_region`.
struct SSOTokenSettings: Sendable, Hashable {
    /// The `[sso-session NAME]` section's name.
    var sessionName: String
    /// `sso_start_url`.
    var startURL: String
    /// `sso_region`.
    var region: String

    /// The settings of `profileName`; `nil` when it names no `sso_session`; errors in botocore's
    /// wording when the section is missing or incomplete.
    static func resolve(profileName: String, sharedConfig: SharedConfig) throws(CredentialsError) -> SSOTokenSettings? {
        guard let sessionName = sharedConfig.profiles[profileName]?["sso_session"] else { return nil }
        guard let section = sharedConfig.ssoSessions[sessionName], !section.values.isEmpty else {
            throw CredentialsError(.invalidConfig, provider: "sso",
                "The profile \"\(profileName)\" is configured to use the SSO token provider but the \"\(sessionName)\" "
                + "sso_session configuration does not exist. Add [sso-session \(sessionName)] with sso_start_url and sso_region "
                + "to the config file (aws configure sso-session writes it).")
        }
        let missing = ["sso_start_url", "sso_region"].filter { section[$0] == nil }
        guard missing.isEmpty, let startURL = section["sso_start_url"], let region = section["sso_region"] else {
            throw CredentialsError(.invalidConfig, provider: "sso",
                "The profile \"\(profileName)\" is configured to use the SSO token provider but is missing the following "
                + "configuration: [\(missing.map { "'\($0)'" }.joined(separator: ", "))].")
        }
        return SSOTokenSettings(sessionName: sessionName, startURL: startURL, region: region)
    }
}
