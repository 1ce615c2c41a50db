/// A credential source that is configured but cannot deliver (botocore's
/// `PartialCredentialsError`, `CredentialRetrievalError`, `InvalidConfigError`, ...).
/// Messages never contain a secret.
public struct CredentialsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The family of failure.
    public enum Code: Sendable, Hashable {
        /// The source has nothing configured; a chain moves on to the next source.
        case notConfigured
        /// Some but not all required values are set (an access key without a secret, ...).
        case partialCredentials
        /// Fetching from the source failed (process exit status, HTTP error, malformed JSON, ...).
        case retrievalFailed
        /// The configuration is contradictory or refers to something missing.
        case invalidConfig
        /// `source_profile` references form a loop.
        case infiniteLoop
        /// The configuration needs a feature this SDK does not offer (MFA prompts, ...).
        case unsupported
        /// The source returned credentials that have already expired.
        case expired
        /// An SSO or `aws login` session is missing, has expired or was revoked: the message names
        /// the command that signs in again (`aws sso login --profile NAME`, `aws login`).
        case loginRequired
        /// The profile needs an MFA code (`mfa_serial`) and the session was given no
        /// `mfaTokenProvider` to ask for one.
        case mfaRequired
    }

    /// The family of failure.
    public let code: Code
    /// The source (botocore's method name: `env`, `assume-role`, `custom-process`, ...).
    public let provider: String
    /// What went wrong and what to do about it.
    public let message: String

    /// Creates an error.
    public init(_ code: Code, provider: String, _ message: String) {
        self.code = code
        self.provider = provider
        self.message = message
    }

    /// The message in botocore's wording where botocore has one.
    public var description: String {
        switch code {
        case .partialCredentials: return "Partial credentials found in \(provider), missing: \(message)"
        case .retrievalFailed: return "Error when retrieving credentials from \(provider): \(message)"
        default: return message
        }
    }

    static func notConfigured(_ provider: String) -> CredentialsError {
        CredentialsError(.notConfigured, provider: provider, "No credentials are configured for \(provider).")
    }
}
