/// A source of bearer tokens (botocore's token providers), asked for the token of one service
/// by its signing name (`bedrock`, `codecatalyst`).
///
/// A provider with no token for the service returns `nil`, so a `TokenProviderChain` moves on
/// to the next one; a thrown error stops the chain.
/// ```swift
/// struct VaultTokens: TokenProvider {
///     func token(signingName: String) async throws -> AuthToken? { AuthToken(try await vault.read(signingName)) }
/// }
/// let session = try Session(region: "us-west-2", tokenProvider: VaultTokens())
/// ```
public protocol TokenProvider: Sendable {
    /// The token for the service with this signing name, or `nil` when this provider has none.
    func token(signingName: String) async throws -> AuthToken?
    /// Where this provider looks, for the error raised when no provider has a token. Never
    /// contains a token.
    var sourceDescription: String { get }
}

extension TokenProvider {
    /// The provider's type name.
    public var sourceDescription: String { String(describing: Self.self) }
}
