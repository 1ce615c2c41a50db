/// The bearer token of the profile's `sso-session` (botocore's `SSOTokenProvider`): the token
/// `aws sso login` cached in `~/.aws/sso/cache`, refreshed through SSO OIDC with the cached
/// refresh token before it expires and written back to the cache. Services whose operations use
/// bearer auth (`smithy.api#httpBearerAuth`, such as CodeCatalyst) send it; it is the same token
/// for every service.
///
/// Part of a session's default token chain, after `AWS_BEARER_TOKEN_<SIGNING_NAME>`:
/// ```swift
/// let session = try Session(profile: "dev")        // [profile dev] sso_session = my-sso
/// let codecatalyst = try session.client("codecatalyst")
/// _ = try await codecatalyst.listSpaces()          // Authorization: Bearer <the cached SSO token>
/// ```
/// A profile without `sso_session` has no token here (`nil`), so the chain moves on.
public struct SSOTokenProvider: TokenProvider, CustomStringConvertible {
    /// The profile read.
    public let profileName: String
    private let plan: Result<SSOTokenRefresher, CredentialsError>?

    /// Creates the provider for `profileName` (the selected profile when `nil`).
    public init(context: CredentialProviderContext, profileName: String? = nil) {
        let name = profileName ?? context.sharedConfig.profileName
        self.profileName = name
        do throws(CredentialsError) {
            plan = try SSOTokenSettings.resolve(profileName: name, sharedConfig: context.sharedConfig)
                .map { .success(context.ssoTokenRefresher(profile: name, settings: $0)) }
        } catch {
            plan = .failure(error)
        }
    }

    /// The SSO token (any signing name), `nil` when the profile names no `sso_session`.
    public func token(signingName: String) async throws -> AuthToken? {
        switch plan {
        case nil: return nil
        case .failure(let error): throw error
        case .success(let refresher): return try await refresher.token()
        }
    }

    /// "SSO token of profile NAME (sso_session)".
    public var sourceDescription: String { "SSO token of profile \(profileName) (sso_session)" }

    /// `SSOTokenProvider(profile: NAME)`: no token.
    public var description: String { "SSOTokenProvider(profile: \(profileName))" }
}
