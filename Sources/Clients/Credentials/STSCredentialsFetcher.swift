/// Calls STS for the assume-role and web-identity credential providers. The SDK implements it
/// with its STS client; tests plug in a stub.
public protocol STSCredentialsFetcher: Sendable {
    /// Calls `AssumeRole` signed with `sourceCredentials` and returns the role's credentials
    /// (with `expiration`, and `accountID` from `AssumedRoleUser.Arn` when available).
    func assumeRole(_ request: AssumeRoleRequest, sourceCredentials: Credentials) async throws -> Credentials
    /// Calls `AssumeRoleWithWebIdentity` unsigned and returns the role's credentials.
    func assumeRoleWithWebIdentity(_ request: AssumeRoleWithWebIdentityRequest) async throws -> Credentials
}

/// The parameters of an STS `AssumeRole` call made for a profile.
public struct AssumeRoleRequest: Sendable, Hashable {
    /// `RoleArn`.
    public var roleARN: String
    /// `RoleSessionName` (`botocore-session-<epoch seconds>` when the profile sets none).
    public var roleSessionName: String
    /// `ExternalId`.
    public var externalID: String?
    /// `DurationSeconds`.
    public var durationSeconds: Int?

    /// Creates a request.
    public init(roleARN: String, roleSessionName: String, externalID: String? = nil, durationSeconds: Int? = nil) {
        self.roleARN = roleARN
        self.roleSessionName = roleSessionName
        self.externalID = externalID
        self.durationSeconds = durationSeconds
    }
}

/// The parameters of an STS `AssumeRoleWithWebIdentity` call. `description` hides the token.
public struct AssumeRoleWithWebIdentityRequest: Sendable, Hashable, CustomStringConvertible {
    /// `RoleArn`.
    public var roleARN: String
    /// `RoleSessionName`.
    public var roleSessionName: String
    /// `WebIdentityToken`, read from the token file. Never logged.
    public var webIdentityToken: String

    /// Creates a request.
    public init(roleARN: String, roleSessionName: String, webIdentityToken: String) {
        self.roleARN = roleARN
        self.roleSessionName = roleSessionName
        self.webIdentityToken = webIdentityToken
    }

    /// The role and session name, with the token redacted.
    public var description: String {
        "AssumeRoleWithWebIdentityRequest(roleARN: \(roleARN), roleSessionName: \(roleSessionName), webIdentityToken: <redacted>)"
    }
}
