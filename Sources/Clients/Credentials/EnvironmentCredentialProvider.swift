import Foundation

/// Credentials from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SECURITY_TOKEN` or
/// `AWS_SESSION_TOKEN`, `AWS_CREDENTIAL_EXPIRATION` and `AWS_ACCOUNT_ID` (botocore's `EnvProvider`,
/// method `env`, credential source `Environment`).
public struct EnvironmentCredentialProvider: CredentialProvider {
    /// The environment read.
    public let environment: [String: String]
    private let now: @Sendable () -> Date
    /// The variables read once: the environment is a fixed snapshot, so only the expiry check
    /// depends on when credentials are asked for (every signed request asks).
    private let parsed: Result<Parsed, CredentialsError>

    private struct Parsed: Sendable {
        var accessKey: String
        var secret: String
        var token: String?
        var expiration: (date: Date, text: String)?
        var account: String?
    }

    /// Creates the provider.
    public init(environment: [String: String], now: @escaping @Sendable () -> Date = { Date() }) {
        self.environment = environment
        self.now = now
        parsed = Result { () throws(CredentialsError) in try Self.parse(environment) }
    }

    /// The credentials in the environment; `.notConfigured` when `AWS_ACCESS_KEY_ID` is unset or empty.
    public func credentials() throws -> Credentials {
        let parsed = try self.parsed.get()
        if let expiration = parsed.expiration, !(expiration.date > now()) {
            throw CredentialsError(.expired, provider: "env",
                                   "The credentials in AWS_ACCESS_KEY_ID expired at \(expiration.text) (AWS_CREDENTIAL_EXPIRATION); set fresh ones.")
        }
        return Credentials(accessKeyID: parsed.accessKey, secretAccessKey: parsed.secret, sessionToken: parsed.token,
                           expiration: parsed.expiration?.date, source: "env", accountID: parsed.account)
    }

    private static func parse(_ environment: [String: String]) throws(CredentialsError) -> Parsed {
        guard let accessKey = environment["AWS_ACCESS_KEY_ID"], !accessKey.isEmpty else {
            throw CredentialsError.notConfigured("env")
        }
        guard let secret = environment["AWS_SECRET_ACCESS_KEY"], !secret.isEmpty else {
            throw CredentialsError(.partialCredentials, provider: "env", "AWS_SECRET_ACCESS_KEY")
        }
        let token = [environment["AWS_SECURITY_TOKEN"], environment["AWS_SESSION_TOKEN"]]
            .compactMap { $0 }.first { !$0.isEmpty }
        var expiration: (date: Date, text: String)?
        if let text = environment["AWS_CREDENTIAL_EXPIRATION"], !text.isEmpty {
            guard let date = TimestampFormat.parse(text) else {
                throw CredentialsError(.invalidConfig, provider: "env",
                                       "AWS_CREDENTIAL_EXPIRATION is not a timestamp (\(text)); use ISO 8601, e.g. 2030-01-01T00:00:00Z.")
            }
            expiration = (date, text)
        }
        let account = environment["AWS_ACCOUNT_ID"].flatMap { $0.isEmpty ? nil : $0 }
        return Parsed(accessKey: accessKey, secret: secret, token: token, expiration: expiration, account: account)
    }

    /// "environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)".
    public var sourceDescription: String { "environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)" }
}
