import Foundation

/// AWS credentials: an access key pair, an optional session token and expiry.
///
/// `description` never shows the secret key or the session token.
/// ```swift
/// let session = try Session(region: "us-east-1",
///                           credentials: Credentials(accessKeyID: "AKID", secretAccessKey: "SECRET"))
/// ```
public struct Credentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The access key ID (`AKIA...` / `ASIA...`).
    public var accessKeyID: String
    /// The secret access key. Never logged.
    public var secretAccessKey: String
    /// The session token of temporary credentials. Never logged.
    public var sessionToken: String?
    /// When temporary credentials stop working.
    public var expiration: Date?
    /// Where the credentials came from (`env`, `shared-credentials-file`, `assume-role`, ...), as
    /// botocore's `method`.
    public var source: String
    /// The AWS account the credentials belong to, when the source says (`aws_account_id`,
    /// `AWS_ACCOUNT_ID`, `AccountId`); used for account-based endpoints.
    public var accountID: String?

    /// Creates credentials.
    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil,
                expiration: Date? = nil, source: String = "explicit", accountID: String? = nil) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
        self.source = source
        self.accountID = accountID
    }

    /// Whether the credentials expire within `seconds` of `date` (never, without an expiration).
    public func expires(within seconds: TimeInterval, of date: Date = Date()) -> Bool {
        guard let expiration else { return false }
        return expiration.timeIntervalSince(date) < seconds
    }

    /// The access key ID and source, with the secrets redacted.
    public var description: String {
        var text = "Credentials(accessKeyID: \(accessKeyID), secretAccessKey: <redacted>"
        if sessionToken != nil { text += ", sessionToken: <redacted>" }
        if let expiration { text += ", expiration: \(TimestampFormat.iso8601.format(expiration))" }
        if let accountID { text += ", accountID: \(accountID)" }
        return text + ", source: \(source))"
    }

    /// Same as `description`: secrets stay redacted in debug output too.
    public var debugDescription: String { description }
}
