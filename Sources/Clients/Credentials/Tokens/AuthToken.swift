import Foundation

/// A bearer token for services that authenticate with `Authorization: Bearer <token>`
/// (CodeCatalyst; Bedrock with `AWS_BEARER_TOKEN_BEDROCK`), as botocore's `FrozenAuthToken`.
///
/// `description` never shows the token.
/// ```swift
/// let session = try Session(region: "us-west-2", tokenProvider: StaticTokenProvider(AuthToken("my-token")))
/// ```
public struct AuthToken: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The token. Never logged.
    public var token: String
    /// When the token stops working, when known.
    public var expiration: Date?

    /// Creates a token.
    public init(_ token: String, expiration: Date? = nil) {
        self.token = token
        self.expiration = expiration
    }

    /// `AuthToken(<redacted>)`, with the expiration when known.
    public var description: String {
        guard let expiration else { return "AuthToken(<redacted>)" }
        return "AuthToken(<redacted>, expiration: \(TimestampFormat.iso8601.format(expiration)))"
    }

    /// Same as `description`: the token stays redacted in debug output too.
    public var debugDescription: String { description }
}
