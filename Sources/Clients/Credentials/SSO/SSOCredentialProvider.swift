import Foundation

/// Role credentials from IAM Identity Center (botocore's `SSOProvider`, method `sso`), for a
/// profile with `sso_account_id` and `sso_role_name`:
///
/// ```ini
/// [profile dev]
/// sso_session = my-sso
/// sso_account_id = 111122223333
/// sso_role_name = Developer
///
/// [sso-session my-sso]
/// sso_start_url = https://my-sso-portal.awsapps.com/start
/// sso_region = us-east-1
/// ```
/// The access token is read from the cache `aws sso login` writes (`~/.aws/sso/cache`) at each
/// fetch, so a new sign-in is picked up, and refreshed as `SSOTokenProvider` does; SSO
/// `GetRoleCredentials` turns it into credentials, fetched again before they expire. A legacy profile (`sso_start_url` and `sso_region` in the profile, no
/// `sso_session`) reads the token cached under its start URL and cannot refresh it. A missing,
/// expired or revoked token throws `CredentialsError` `.loginRequired`, saying to run
/// `aws sso login --profile NAME`.
public struct SSOCredentialProvider: CredentialProvider {
    /// The profile read.
    public let profileName: String
    private let plan: Result<RefreshingCredentialProvider, CredentialsError>?
    static let method = "sso"

    /// Creates the provider for `profileName` (the selected profile when `nil`).
    public init(context: CredentialProviderContext, profileName: String? = nil) {
        let name = profileName ?? context.sharedConfig.profileName
        self.profileName = name
        let settings: SSOProfileSettings
        do throws(CredentialsError) {
            guard let resolved = try SSOProfileSettings.resolve(profileName: name, sharedConfig: context.sharedConfig) else {
                plan = nil
                return
            }
            settings = resolved
        } catch {
            plan = .failure(error)
            return
        }
        let token = Self.tokenSource(settings: settings, context: context, profileName: name)
        let fetcher = context.sso
        plan = .success(RefreshingCredentialProvider(
            method: Self.method, sourceDescription: "SSO role \(settings.roleName) in account \(settings.accountID) (profile \(name))",
            now: context.now) {
            guard let fetcher else {
                throw CredentialsError(.retrievalFailed, provider: Self.method, "no SSO client is available to call GetRoleCredentials")
            }
            let accessToken = try await token()
            let request = SSORoleCredentialsRequest(region: settings.region, roleName: settings.roleName,
                                                    accountID: settings.accountID, accessToken: accessToken)
            var credentials: Credentials
            do {
                credentials = try await fetcher.getRoleCredentials(request)
            } catch let error as ClientError where error.code == "UnauthorizedException" {
                throw Self.unauthorized(profile: name)
            }
            credentials.source = Self.method
            credentials.accountID = settings.accountID
            return credentials
        })
    }

    /// Gets role credentials (once, then again before they expire).
    public func credentials() async throws -> Credentials {
        switch plan {
        case nil: throw CredentialsError.notConfigured(Self.method)
        case .failure(let error): throw error
        case .success(let refresher): return try await refresher.credentials()
        }
    }

    /// "SSO settings (sso_account_id, sso_role_name) of profile NAME".
    public var sourceDescription: String { "SSO settings (sso_account_id, sso_role_name) of profile \(profileName)" }

    /// botocore's `UnauthorizedSSOTokenError`, naming the command to run.
    static func unauthorized(profile: String) -> CredentialsError {
        CredentialsError(.loginRequired, provider: method, "The SSO session associated with this profile has expired or is otherwise "
            + "invalid. To refresh this SSO session run `aws sso login --profile \(profile)`.")
    }

    /// The access token: the `sso-session`'s (refreshed when due), or for a legacy profile the
    /// token cached under the start URL, refused once expired (botocore checks before calling).
    private static func tokenSource(settings: SSOProfileSettings, context: CredentialProviderContext,
                                    profileName: String) -> @Sendable () async throws -> String {
        if let sessionName = settings.sessionName {
            let refresher = context.ssoTokenRefresher(profile: profileName, settings: SSOTokenSettings(
                sessionName: sessionName, startURL: settings.startURL, region: settings.region))
            return { try await refresher.reloadedToken().token }
        }
        let cache = context.ssoTokenCache, now = context.now
        return {
            let token = try cache.load(startURL: settings.startURL, sessionName: nil, hint: SSOTokenCache.loginHint(profile: profileName))
            guard let expiration = token["expiresAt"]?.string.flatMap(CacheTimestamp.parse),
                  expiration.timeIntervalSince(now()) > 0, let accessToken = token["accessToken"]?.string else {
                throw unauthorized(profile: profileName)
            }
            return accessToken
        }
    }
}
