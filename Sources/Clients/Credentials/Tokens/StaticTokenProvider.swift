/// Always returns the same token, whatever the service.
public struct StaticTokenProvider: TokenProvider {
    /// The token returned.
    public let fixedToken: AuthToken

    /// Creates a provider of a fixed token.
    public init(_ token: AuthToken) { fixedToken = token }

    /// The fixed token.
    public func token(signingName: String) -> AuthToken? { fixedToken }

    /// "an explicit token".
    public var sourceDescription: String { "an explicit token" }
}
