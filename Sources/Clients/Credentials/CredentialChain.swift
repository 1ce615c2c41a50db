import Synchronization

/// Tries credential providers in order and keeps the first that has credentials (botocore's
/// `CredentialResolver`). Later calls go straight to that provider, which refreshes its own
/// credentials; the first resolution runs once however many tasks ask at the same time.
///
/// ```swift
/// let chain = CredentialChain.default(context: CredentialProviderContext(sharedConfig: try SharedConfig.load()))
/// let credentials = try await chain.credentials()   // NoCredentialsError when nothing is configured
/// ```
public actor CredentialChain: CredentialProvider {
    /// The providers, in the order they are tried.
    public nonisolated let providers: [any CredentialProvider]
    private var chosen: (any CredentialProvider)?
    private var resolving: Task<(any CredentialProvider, Credentials), any Error>?
    /// `chosen`, readable without hopping onto the actor: every signed request asks for
    /// credentials, and once a provider answered the chain only forwards to it.
    private nonisolated let chosenProvider = Mutex<(any CredentialProvider)?>(nil)

    /// Creates a chain.
    public init(_ providers: [any CredentialProvider]) { self.providers = providers }

    /// Credentials from the first provider that has some; providers with nothing configured are
    /// skipped, any other error is thrown. `NoCredentialsError` lists where it looked.
    public nonisolated func credentials() async throws -> Credentials {
        if let chosen = chosenProvider.withLock({ $0 }) { return try await chosen.credentials() }
        return try await resolveCredentials()
    }

    private func resolveCredentials() async throws -> Credentials {
        if let chosen { return try await chosen.credentials() }
        if let resolving { return try await resolving.value.1 }
        let providers = self.providers
        let task = Task<(any CredentialProvider, Credentials), any Error> {
            for provider in providers {
                do {
                    return (provider, try await provider.credentials())
                } catch let error as CredentialsError where error.code == .notConfigured {
                    continue
                }
            }
            throw NoCredentialsError(searched: providers.map(\.sourceDescription))
        }
        resolving = task
        defer { resolving = nil }
        let (provider, credentials) = try await task.value
        chosen = provider
        chosenProvider.withLock { $0 = provider }
        SDKLog.log(.debug, "Found credentials in \(provider.sourceDescription)")
        return credentials
    }

    /// The provider that answered, once one has.
    public var resolvedProvider: (any CredentialProvider)? { chosen }

    /// The providers' descriptions, in order.
    public nonisolated var sourceDescription: String { providers.map(\.sourceDescription).joined(separator: "; ") }
}
