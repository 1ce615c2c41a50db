/// Calls STS for the assume-role and web-identity credential providers. The SDK implements it
/// with its STS client; tests plug in a stub.
public protocol STSCredentialsFetcher: Sendable {
    /// Calls `AssumeRole` signed with `sourceCredentials` and returns the role's credentials
    /// (with `expiration`, and `accountID` from `AssumedRoleUser.Arn` when available).
    func assumeRole(_ request: AssumeRoleRequest, sourceCredentials: Credentials) async throws -> Credentials
    /// Calls `AssumeRoleWithWebIdentity` unsigned and returns the role's credentials.
    func assumeRoleWithWebIdentity(_ request: AssumeRoleWithWebIdentityRequest) async throws -> Credentials
}

/// The parameters of an STS `AssumeRole` call made for a profile. `description` hides the MFA code.
public struct AssumeRoleRequest: Sendable, Hashable, CustomStringConvertible {
    /// `RoleArn`.
    public var roleARN: String
    /// `RoleSessionName` (`botocore-session-<epoch seconds>` when the profile sets none).
    public var roleSessionName: String
    /// `ExternalId`.
    public var externalID: String?
    /// `DurationSeconds`.
    public var durationSeconds: Int?
    /// `SerialNumber`: the profile's `mfa_serial`.
    public var serialNumber: String?
    /// `TokenCode`: the code the session's `MFATokenProvider` gave for `serialNumber`. Never logged.
    public var tokenCode: String?

    /// Creates a request.
    public init(roleARN: String, roleSessionName: String, externalID: String? = nil, durationSeconds: Int? = nil,
                serialNumber: String? = nil, tokenCode: String? = nil) {
        self.roleARN = roleARN
        self.roleSessionName = roleSessionName
        self.externalID = externalID
        self.durationSeconds = durationSeconds
        self.serialNumber = serialNumber
        self.tokenCode = tokenCode
    }

    /// The role, session name and MFA serial, with the MFA code redacted.
    public var description: String {
        var text = "AssumeRoleRequest(roleARN: \(roleARN), roleSessionName: \(roleSessionName)"
        if let externalID { text += ", externalID: \(externalID)" }
        if let durationSeconds { text += ", durationSeconds: \(durationSeconds)" }
        if let serialNumber { text += ", serialNumber: \(serialNumber)" }
        if tokenCode != nil { text += ", tokenCode: <redacted>" }
        return text + ")"
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
