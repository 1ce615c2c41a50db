import Foundation

/// Calls IAM Identity Center for the SSO credential and token providers: SSO `GetRoleCredentials`
/// and SSO OIDC `CreateToken`, both unsigned, in the SSO region. The SDK implements it with
/// clients of the same session (so `AWS_ENDPOINT_URL_SSO` and `AWS_ENDPOINT_URL_SSO_OIDC` apply);
/// tests may plug in a stub. Service errors are thrown as `ClientError`.
public protocol SSOServiceFetcher: Sendable {
    /// Calls `GetRoleCredentials` with the access token and returns the role's credentials.
    func getRoleCredentials(_ request: SSORoleCredentialsRequest) async throws -> Credentials
    /// Calls `CreateToken` with grant type `refresh_token`.
    func createToken(_ request: SSOCreateTokenRequest) async throws -> SSOCreateTokenResponse
}

/// The parameters of an SSO `GetRoleCredentials` call. `description` hides the access token.
public struct SSORoleCredentialsRequest: Sendable, Hashable, CustomStringConvertible {
    /// The SSO region (`sso_region`).
    public var region: String
    /// `roleName` (`sso_role_name`).
    public var roleName: String
    /// `accountId` (`sso_account_id`).
    public var accountID: String
    /// `accessToken`, from the SSO token cache. Never logged.
    public var accessToken: String

    /// Creates a request.
    public init(region: String, roleName: String, accountID: String, accessToken: String) {
        self.region = region
        self.roleName = roleName
        self.accountID = accountID
        self.accessToken = accessToken
    }

    /// The region, role and account, with the token redacted.
    public var description: String {
        "SSORoleCredentialsRequest(region: \(region), roleName: \(roleName), accountID: \(accountID), accessToken: <redacted>)"
    }
}

/// The parameters of an SSO OIDC `CreateToken` call refreshing a token. `description` hides the
/// secret and the refresh token.
public struct SSOCreateTokenRequest: Sendable, Hashable, CustomStringConvertible {
    /// The SSO region.
    public var region: String
    /// `clientId` of the registration the CLI made.
    public var clientID: String
    /// `clientSecret` of that registration. Never logged.
    public var clientSecret: String
    /// `refreshToken`. Never logged.
    public var refreshToken: String
    /// `grantType`: `refresh_token`.
    public var grantType: String { "refresh_token" }

    /// Creates a request.
    public init(region: String, clientID: String, clientSecret: String, refreshToken: String) {
        self.region = region
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.refreshToken = refreshToken
    }

    /// The region and client, with the secrets redacted.
    public var description: String {
        "SSOCreateTokenRequest(region: \(region), clientID: \(clientID), clientSecret: <redacted>, refreshToken: <redacted>)"
    }
}

/// What `CreateToken` answered. `description` hides the tokens.
public struct SSOCreateTokenResponse: Sendable, Hashable, CustomStringConvertible {
    /// `accessToken`. Never logged.
    public var accessToken: String
    /// `expiresIn`, seconds.
    public var expiresIn: Int
    /// `refreshToken`, when the service rotated it. Never logged.
    public var refreshToken: String?

    /// Creates a response.
    public init(accessToken: String, expiresIn: Int, refreshToken: String? = nil) {
        self.accessToken = accessToken
        self.expiresIn = expiresIn
        self.refreshToken = refreshToken
    }

    /// The lifetime, with the tokens redacted.
    public var description: String {
        "SSOCreateTokenResponse(accessToken: <redacted>, expiresIn: \(expiresIn)"
            + (refreshToken == nil ? ")" : ", refreshToken: <redacted>)")
    }
}
