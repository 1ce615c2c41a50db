import Foundation

/// The token in `AWS_BEARER_TOKEN_<SIGNING_NAME>` (botocore's `ScopedEnvTokenProvider`): the
/// signing name upper-cased with `-` and spaces as `_` (`AWS_BEARER_TOKEN_BEDROCK`).
public struct EnvironmentTokenProvider: TokenProvider {
    /// The environment variables read (injected so tests never read the process's).
    public let environment: [String: String]

    /// Creates a provider reading `environment`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// The token of the service's variable, `nil` when it is unset (an empty value is a token, as in botocore).
    public func token(signingName: String) -> AuthToken? {
        Self.token(signingName: signingName, environment: environment)
    }

    /// "environment variable AWS_BEARER_TOKEN_<SIGNING_NAME>".
    public var sourceDescription: String { "environment variable AWS_BEARER_TOKEN_<SIGNING_NAME>" }

    /// botocore's `get_token_from_environment`: nothing for a blank signing name.
    static func token(signingName: String, environment: [String: String]) -> AuthToken? {
        guard !signingName.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return environment[variableName(signingName: signingName)].map { AuthToken($0) }
    }

    /// `AWS_BEARER_TOKEN_` and the signing name upper-cased, `-` and spaces as `_`.
    public static func variableName(signingName: String) -> String {
        "AWS_BEARER_TOKEN_" + String(signingName.map { $0 == "-" || $0 == " " ? "_" : $0 }).uppercased()
    }
}
