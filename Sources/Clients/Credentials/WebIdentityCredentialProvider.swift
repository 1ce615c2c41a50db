import Foundation

/// Credentials from STS `AssumeRoleWithWebIdentity` with a token file (botocore's
/// `AssumeRoleWithWebIdentityProvider`, method `assume-role-with-web-identity`). Each setting
/// comes from its environment variable (`AWS_WEB_IDENTITY_TOKEN_FILE`, `AWS_ROLE_ARN`,
/// `AWS_ROLE_SESSION_NAME`; skipped when the profile was chosen explicitly), else from the
/// profile (`web_identity_token_file`, `role_arn`, `role_session_name`). The token file is read
/// again at every refresh.
public struct WebIdentityCredentialProvider: CredentialProvider {
    /// The profile read.
    public let profileName: String
    private let tokenFile: String?
    private let plan: Result<RefreshingCredentialProvider, CredentialsError>?

    /// Creates the provider for `profileName` (the selected profile when `nil`); environment
    /// variables are ignored when `ignoringEnvironment` (botocore's `disable_env_vars`).
    public init(context: CredentialProviderContext, profileName: String? = nil, ignoringEnvironment: Bool? = nil) {
        let name = profileName ?? context.sharedConfig.profileName
        self.profileName = name
        let skipEnvironment = ignoringEnvironment ?? context.sharedConfig.isProfileExplicit
        func setting(_ key: String, _ env: String) -> String? {
            if !skipEnvironment, let value = context.environment[env] { return value }
            return context.profileValue(key, profile: name)
        }
        let method = "assume-role-with-web-identity"
        let tokenFile = setting("web_identity_token_file", "AWS_WEB_IDENTITY_TOKEN_FILE").flatMap { $0.isEmpty ? nil : $0 }
        self.tokenFile = tokenFile
        guard let tokenFile else { plan = nil; return }
        guard let roleARN = setting("role_arn", "AWS_ROLE_ARN"), !roleARN.isEmpty else {
            plan = .failure(CredentialsError(.invalidConfig, provider: method,
                "The provided profile or the current environment is configured to assume role with web identity but has no "
                + "role ARN configured. Ensure that the profile has the role_arn configuration set or the AWS_ROLE_ARN env var is set."))
            return
        }
        let sessionName = setting("role_session_name", "AWS_ROLE_SESSION_NAME")
        let sts = context.sts, now = context.now
        plan = .success(RefreshingCredentialProvider(method: method, sourceDescription: "web identity token file \(tokenFile)", now: now) {
            guard let sts else {
                throw CredentialsError(.retrievalFailed, provider: method, "no STS client is available to call AssumeRoleWithWebIdentity")
            }
            guard let data = FileManager.default.contents(atPath: tokenFile) else {
                throw CredentialsError(.retrievalFailed, provider: method,
                                       "The web identity token file \(tokenFile) could not be read; check the path and its permissions.")
            }
            let request = AssumeRoleWithWebIdentityRequest(
                roleARN: roleARN,
                roleSessionName: sessionName ?? AssumeRoleCredentialProvider.defaultSessionName(now()),
                webIdentityToken: String(decoding: data, as: UTF8.self))
            var credentials = try await sts.assumeRoleWithWebIdentity(request)
            credentials.source = method
            return credentials
        })
    }

    /// Assumes the role (once, then again before the credentials expire).
    public func credentials() async throws -> Credentials {
        switch plan {
        case nil: throw CredentialsError.notConfigured("assume-role-with-web-identity")
        case .failure(let error): throw error
        case .success(let refresher): return try await refresher.credentials()
        }
    }

    /// Where the token file setting is looked for.
    public var sourceDescription: String {
        tokenFile.map { "web identity token file \($0)" }
            ?? "web identity (AWS_WEB_IDENTITY_TOKEN_FILE, web_identity_token_file of profile \(profileName))"
    }
}
