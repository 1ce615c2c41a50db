import Foundation

/// Calls the sign-in service for `aws login` profiles: `CreateOAuth2Token` with grant type
/// `refresh_token`, unsigned, carrying a DPoP proof for the request's URL. The SDK implements it
/// with a `signin` client of the same session (so `AWS_ENDPOINT_URL_SIGNIN` applies); tests may
/// plug in a stub. Service errors are thrown as `ClientError`.
public protocol SigninServiceFetcher: Sendable {
    /// Calls `CreateOAuth2Token`; `nil` when the response has no usable `tokenOutput`.
    func createOAuth2Token(_ request: LoginTokenRefreshRequest) async throws -> LoginTokenRefreshResponse?
}

/// The parameters of a `CreateOAuth2Token` refresh. `description` hides the refresh token and key.
public struct LoginTokenRefreshRequest: Sendable, CustomStringConvertible {
    /// `tokenInput.clientId` from the login cache.
    public var clientID: String
    /// `tokenInput.refreshToken` from the login cache. Never logged.
    public var refreshToken: String
    /// Makes the `DPoP` header for the request URL, with the login session's key.
    public var proof: DPoPProof
    /// `tokenInput.grantType`: `refresh_token`.
    public var grantType: String { "refresh_token" }

    /// Creates a request.
    public init(clientID: String, refreshToken: String, proof: DPoPProof) {
        self.clientID = clientID
        self.refreshToken = refreshToken
        self.proof = proof
    }

    /// The client, with the refresh token and key redacted.
    public var description: String {
        "LoginTokenRefreshRequest(clientID: \(clientID), refreshToken: <redacted>, proof: <redacted>)"
    }
}

/// The refreshed credentials and refresh token of `CreateOAuth2Token`'s `tokenOutput`.
/// `description` hides the secrets.
public struct LoginTokenRefreshResponse: Sendable, Hashable, CustomStringConvertible {
    /// `accessToken.accessKeyId`.
    public var accessKeyID: String
    /// `accessToken.secretAccessKey`. Never logged.
    public var secretAccessKey: String
    /// `accessToken.sessionToken`. Never logged.
    public var sessionToken: String
    /// `expiresIn`, seconds.
    public var expiresIn: Int
    /// `refreshToken`, the one to use next time. Never logged.
    public var refreshToken: String

    /// Creates a response.
    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String, expiresIn: Int, refreshToken: String) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiresIn = expiresIn
        self.refreshToken = refreshToken
    }

    /// The key id and lifetime, with the secrets redacted.
    public var description: String {
        "LoginTokenRefreshResponse(accessKeyID: \(accessKeyID), secretAccessKey: <redacted>, sessionToken: <redacted>, "
            + "expiresIn: \(expiresIn), refreshToken: <redacted>)"
    }
}
