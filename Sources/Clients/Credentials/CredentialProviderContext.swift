import Foundation

/// What credential providers read and call: the shared config, the environment, an HTTP
/// transport (container and instance metadata), service fetchers (STS for assume-role and web
/// identity, IAM Identity Center for SSO, the sign-in service for `aws login`), an MFA code
/// source and a clock, all injected so tests control them.
public struct CredentialProviderContext: Sendable {
    /// The shared config and credentials files with the selected profile.
    public var sharedConfig: SharedConfig
    /// The environment variables read.
    public var environment: [String: String]
    /// Sends container and instance-metadata requests; `nil` turns those two sources off.
    public var transport: (any HTTPTransport)?
    /// Calls STS for assume-role and web identity; `nil` makes those sources fail with a clear error.
    public var sts: (any STSCredentialsFetcher)?
    /// The current time.
    public var now: @Sendable () -> Date
    /// Waits between container-credential attempts (botocore sleeps 1 s).
    public var sleep: @Sendable (TimeInterval) async throws -> Void
    /// The `User-Agent` sent to the instance metadata service, if any.
    public var userAgent: String?
    /// Calls SSO `GetRoleCredentials` and SSO OIDC `CreateToken`; `nil` makes SSO profiles fail
    /// with a clear error (and SSO tokens are used as cached, never refreshed).
    public var sso: (any SSOServiceFetcher)?
    /// Calls the sign-in service's `CreateOAuth2Token` for `aws login` profiles; `nil` makes
    /// their refresh fail with a clear error.
    public var signin: (any SigninServiceFetcher)?
    /// Gives MFA codes for assume-role profiles with `mfa_serial`; `nil` makes them fail with an
    /// error saying to pass one.
    public var mfaTokenProvider: MFATokenProvider?
    /// The SSO token refreshers, shared by every provider built from this context.
    let ssoTokenRefreshers = SSOTokenRefreshers()

    /// Creates a context.
    public init(sharedConfig: SharedConfig, environment: [String: String] = ProcessInfo.processInfo.environment,
                transport: (any HTTPTransport)? = nil, sts: (any STSCredentialsFetcher)? = nil,
                now: @escaping @Sendable () -> Date = { Date() },
                sleep: @escaping @Sendable (TimeInterval) async throws -> Void = { try await Task.sleep(for: .seconds($0)) },
                userAgent: String? = nil, sso: (any SSOServiceFetcher)? = nil, signin: (any SigninServiceFetcher)? = nil,
                mfaTokenProvider: MFATokenProvider? = nil) {
        self.sharedConfig = sharedConfig
        self.environment = environment
        self.transport = transport
        self.sts = sts
        self.now = now
        self.sleep = sleep
        self.userAgent = userAgent
        self.sso = sso
        self.signin = signin
        self.mfaTokenProvider = mfaTokenProvider
    }

    /// `HOME` from the environment, else the account's home directory.
    var homeDirectory: String { ConfigPaths.homeDirectory(environment: environment) }

    /// The AWS CLI's SSO token cache, `~/.aws/sso/cache`.
    var ssoTokenCache: SSOTokenCache { SSOTokenCache(home: homeDirectory) }

    /// The `aws login` cache: `AWS_LOGIN_CACHE_DIRECTORY` (with `$VAR` and `~` expanded), else
    /// `~/.aws/login/cache`.
    var loginTokenCache: LoginTokenCache {
        let directory = environment["AWS_LOGIN_CACHE_DIRECTORY"].map {
            ConfigPaths.expand($0, home: homeDirectory, environment: environment)
        } ?? (homeDirectory.hasSuffix("/") ? homeDirectory : homeDirectory + "/") + ".aws/login/cache"
        return LoginTokenCache(directory: directory)
    }

    /// The SSO token refresher of `profile` (the bearer-token and credential providers share it).
    func ssoTokenRefresher(profile: String, settings: SSOTokenSettings) -> SSOTokenRefresher {
        ssoTokenRefreshers.refresher(profileName: profile, settings: settings, cache: ssoTokenCache, fetcher: sso, now: now)
    }

    /// A profile setting: from the merged profiles (config and credentials files).
    func profileValue(_ key: String, profile: String) -> String? {
        sharedConfig.profiles[profile]?[key]
    }

    /// An environment variable, else the selected profile's setting.
    func setting(env: String, profile key: String) -> String? {
        environment[env] ?? sharedConfig.profile[key]
    }
}
