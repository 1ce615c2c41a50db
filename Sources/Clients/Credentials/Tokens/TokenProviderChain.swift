/// Asks providers in order for a token and returns the first one found (botocore's
/// `TokenProviderChain`). The default chain holds the environment provider; the SSO token cache
/// will join it.
public struct TokenProviderChain: TokenProvider {
    /// The providers asked, in order.
    public let providers: [any TokenProvider]

    /// Creates a chain.
    public init(providers: [any TokenProvider]) {
        self.providers = providers
    }

    /// The first token any provider has for the service, `nil` when none has one.
    public func token(signingName: String) async throws -> AuthToken? {
        for provider in providers {
            if let token = try await provider.token(signingName: signingName) { return token }
        }
        return nil
    }

    /// Every provider's source, in order.
    public var sourceDescription: String { providers.map(\.sourceDescription).joined(separator: "; ") }
}
