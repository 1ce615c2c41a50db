/// What a profile that gets role credentials from IAM Identity Center sets (botocore's
/// `SSOProvider` configuration): `sso_account_id` and `sso_role_name`, with `sso_start_url` and
/// `sso_region` either in the profile (a legacy profile) or in the `sso-session` it names.
struct SSOProfileSettings: Sendable, Hashable {
    /// `sso_start_url`.
    var startURL: String
    /// `sso_region`.
    var region: String
    /// `sso_role_name`.
    var roleName: String
    /// `sso_account_id`.
    var accountID: String
    /// `sso_session`, `nil` for a legacy profile.
    var sessionName: String?

    /// The settings of `profileName`; `nil` when it sets neither `sso_role_name` nor
    /// `sso_account_id`; errors in botocore's wording for a missing `sso-session`, a value the
    /// profile and its session disagree on, or missing settings.
    static func resolve(profileName: String, sharedConfig: SharedConfig) throws(CredentialsError) -> SSOProfileSettings? {
        let profile = sharedConfig.profiles[profileName] ?? ConfigProfile(name: profileName)
        guard profile.contains("sso_role_name") || profile.contains("sso_account_id") else { return nil }
        var settings = profile.values
        var required = ["sso_role_name", "sso_account_id", "sso_start_url", "sso_region"]
        if let sessionName = profile["sso_session"] {
            guard let session = sharedConfig.ssoSessions[sessionName] else {
                throw CredentialsError(.invalidConfig, provider: "sso",
                    "The specified sso-session does not exist: \"\(sessionName)\". Add [sso-session \(sessionName)] to the config file.")
            }
            for key in session.values.keys.sorted() {
                let value = session.values[key]
                if let own = settings[key], own != value {
                    throw CredentialsError(.invalidConfig, provider: "sso",
                        "The value for \(key) is inconsistent between profile (\(own.string ?? "")) and sso-session "
                        + "(\(value?.string ?? "")).")
                }
                settings[key] = value
            }
            required.append("sso_session")
        }
        let missing = required.filter { settings[$0] == nil }
        guard missing.isEmpty, let roleName = settings["sso_role_name"]?.string, let accountID = settings["sso_account_id"]?.string,
              let startURL = settings["sso_start_url"]?.string, let region = settings["sso_region"]?.string else {
            throw CredentialsError(.invalidConfig, provider: "sso",
                "The profile \"\(profileName)\" is configured to use SSO but is missing required configuration: "
                + (missing.isEmpty ? "a plain value for " + required.joined(separator: ", ") : missing.joined(separator: ", ")))
        }
        return SSOProfileSettings(startURL: startURL, region: region, roleName: roleName, accountID: accountID,
                                  sessionName: settings["sso_session"]?.string)
    }
}
