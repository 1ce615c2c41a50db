/// A source of AWS credentials (botocore's `CredentialProvider`).
///
/// A provider with nothing configured throws `CredentialsError` with code `.notConfigured`, so a
/// `CredentialChain` moves on to the next one; any other error stops the chain, as in botocore.
/// ```swift
/// let provider: any CredentialProvider = StaticCredentialProvider(Credentials(accessKeyID: "AKID", secretAccessKey: "SECRET"))
/// let credentials = try await provider.credentials()
/// ```
public protocol CredentialProvider: Sendable {
    /// Returns current credentials, fetching or refreshing them when needed.
    func credentials() async throws -> Credentials
    /// Where this provider looks, for `NoCredentialsError` ("environment variables
    /// (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)", ...). Never contains a secret.
    var sourceDescription: String { get }
}

extension CredentialProvider {
    /// The provider's type name.
    public var sourceDescription: String { String(describing: Self.self) }
}

/// Always returns the same credentials (explicitly passed keys).
public struct StaticCredentialProvider: CredentialProvider {
    /// The credentials returned.
    public let fixedCredentials: Credentials

    /// Creates a provider of fixed credentials.
    public init(_ credentials: Credentials) { fixedCredentials = credentials }

    /// The fixed credentials.
    public func credentials() -> Credentials { fixedCredentials }

    /// "explicit credentials".
    public var sourceDescription: String { "explicit credentials" }
}
