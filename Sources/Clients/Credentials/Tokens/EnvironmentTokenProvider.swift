import Foundation

/// The token in `AWS_BEARER_TOKEN_<SIGNING_NAME>` (botocore's `ScopedEnvTokenProvider`): the
/// signing name upper-cased with `-` and spaces as `_` (`AWS_BEARER_TOKEN_BEDROCK`).
///
/// Its `description` names the variables it reads, never their values.
public struct EnvironmentTokenProvider: TokenProvider, CustomStringConvertible, CustomDebugStringConvertible {
    /// The environment variables read (injected so tests never read the process's); kept private
    /// so that no token in it is printed.
    private let environment: [String: String]

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

    /// `EnvironmentTokenProvider(AWS_BEARER_TOKEN_<SIGNING_NAME>)`: no values.
    public var description: String { "EnvironmentTokenProvider(AWS_BEARER_TOKEN_<SIGNING_NAME>)" }

    /// Same as `description`.
    public var debugDescription: String { description }

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
