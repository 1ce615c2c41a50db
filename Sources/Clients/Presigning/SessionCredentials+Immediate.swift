import Foundation

/// Credentials without waiting, for presigning (which is synchronous, as boto3's).
///
/// boto3 resolves credentials synchronously, even when that means a network call. Here the
/// provider chain is asynchronous, so presigning takes, in order: the session's explicit
/// credentials; the credentials the chain resolved last, while they have not expired; else the
/// chain's own answer when it can be read without waiting, i.e. when the first configured source
/// holds static keys (environment variables, the shared credentials file, the config file, the EC2
/// credential file, a boto2 config file). Sources that must be awaited (assume-role, web identity,
/// SSO, `aws login`, `credential_process`, container, instance metadata, a provider given to the
/// session) throw `PresigningError.credentialsNotResolved` until
/// `try await session.credentials()` (or any request) has fetched them once.
extension SessionCredentials {
    func immediateCredentials(session: Session, now: Date = Date()) throws -> Credentials {
        if let explicit { return explicit }
        if let resolved = latest.withLock({ $0 }), resolved.expiration.map({ $0 > now }) ?? true { return resolved }
        if provider == nil, let found = try Self.staticKeys(sharedConfig: session.sharedConfig, environment: session.environment) {
            return found
        }
        throw PresigningError(.credentialsNotResolved,
            "Presigning needs credentials now, but this session's credentials come from a source that must be awaited "
            + "(assume-role, web identity, SSO, aws login, credential_process, container, instance metadata or the session's "
            + "credentialProvider) and have not been fetched yet. "
            + "Call `try await session.credentials()` once before presigning, or pass credentials: to Session.")
    }

    /// The default chain's answer when every source before the one that answers can be read
    /// synchronously; `nil` when an awaited source comes first. The order is
    /// `CredentialChain.default`'s: environment (unless a profile was chosen explicitly),
    /// assume-role, web identity, SSO, shared credentials file, `aws login`, `credential_process`,
    /// config file, EC2 credential file, boto2 config file.
    static func staticKeys(sharedConfig: SharedConfig, environment: [String: String]) throws -> Credentials? {
        func attempt(_ read: () throws -> Credentials) throws -> Credentials? {
            do { return try read() } catch let error as CredentialsError where error.code == .notConfigured { return nil }
        }
        let explicitProfile = sharedConfig.isProfileExplicit
        if !explicitProfile, let found = try attempt({ try EnvironmentCredentialProvider(environment: environment).credentials() }) {
            return found
        }
        let profile = sharedConfig.profile
        if AssumeRoleCredentialProvider.hasRoleSettings(profile) { return nil }
        let tokenFile = (explicitProfile ? nil : environment["AWS_WEB_IDENTITY_TOKEN_FILE"]) ?? profile["web_identity_token_file"]
        if let tokenFile, !tokenFile.isEmpty { return nil }
        if profile.contains("sso_role_name") || profile.contains("sso_account_id") { return nil }
        if let found = try attempt({ try ProfileKeysCredentialProvider(.sharedCredentials, sharedConfig: sharedConfig).credentials() }) {
            return found
        }
        if profile["login_session"] != nil || profile["credential_process"] != nil { return nil }
        if let found = try attempt({ try ProfileKeysCredentialProvider(.config, sharedConfig: sharedConfig).credentials() }) {
            return found
        }
        let context = CredentialProviderContext(sharedConfig: sharedConfig, environment: environment)
        if let found = try attempt({ try EC2CredentialFileProvider(context: context).credentials() }) { return found }
        return try attempt({ try BotoConfigCredentialProvider(context: context).credentials() })
    }
}
