import Foundation

/// Credentials printed by the profile's `credential_process` command (botocore's
/// `ProcessProvider`, method `custom-process`): the command is split like a POSIX shell would
/// but run without one, and must print `{"Version": 1, "AccessKeyId": ..., "SecretAccessKey": ...,
/// "SessionToken": ..., "Expiration": ...}`. Credentials with an expiration are refreshed by
/// running the command again.
public struct ProcessCredentialProvider: CredentialProvider {
    /// The profile read.
    public let profileName: String
    /// The command line, `nil` when the profile has none.
    public let command: String?
    private let refresher: RefreshingCredentialProvider?

    /// Creates the provider for `profileName` (the selected profile when `nil`).
    public init(context: CredentialProviderContext, profileName: String? = nil) {
        let name = profileName ?? context.sharedConfig.profileName
        self.profileName = name
        let command = context.profileValue("credential_process", profile: name)
        self.command = command
        guard let command else { refresher = nil; return }
        let environment = context.environment
        let accountID = context.profileValue("aws_account_id", profile: name)
        refresher = RefreshingCredentialProvider(method: "custom-process",
                                                 sourceDescription: "credential_process of profile \(name)",
                                                 now: context.now) {
            try await Self.run(command, environment: environment, profileAccountID: accountID)
        }
    }

    /// Runs the command (once, then again only when its credentials near expiry).
    public func credentials() async throws -> Credentials {
        guard let refresher else { throw CredentialsError.notConfigured("custom-process") }
        return try await refresher.credentials()
    }

    /// "credential_process of profile NAME".
    public var sourceDescription: String { "credential_process of profile \(profileName)" }

    static func run(_ command: String, environment: [String: String], profileAccountID: String?) async throws -> Credentials {
        let method = "custom-process"
        let arguments: [String]
        do {
            arguments = try ShellWords.split(command)
        } catch {
            throw CredentialsError(.invalidConfig, provider: method,
                                   "The credential_process command has an unbalanced quote or a trailing backslash; fix its quoting.")
        }
        let output: CommandRunner.Output
        do {
            output = try await CommandRunner.run(arguments, environment: environment)
        } catch CommandRunner.RunError.notFound(let name) {
            throw CredentialsError(.retrievalFailed, provider: method,
                                   "The credential_process command '\(name)' was not found; give its full path or add its folder to PATH.")
        } catch CommandRunner.RunError.launchFailed(let reason) {
            throw CredentialsError(.retrievalFailed, provider: method, "The credential_process command could not be started: \(reason)")
        }
        guard output.status == 0 else {
            let stderr = String(decoding: output.stderr, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw CredentialsError(.retrievalFailed, provider: method,
                                   stderr.isEmpty ? "the command exited with status \(output.status)" : stderr)
        }
        let json = try CredentialJSON(output.stdout, provider: method, what: "The credential_process output")
        guard let version = json.object["Version"], version.int == 1 else {
            let shown = json.object["Version"].map { $0.int.map(String.init) ?? $0.string ?? "?" } ?? "<Version key not provided>"
            throw CredentialsError(.retrievalFailed, provider: method,
                                   "Unsupported version '\(shown)' for credential process provider, supported versions: 1")
        }
        return Credentials(accessKeyID: try json.required("AccessKeyId", provider: method),
                           secretAccessKey: try json.required("SecretAccessKey", provider: method),
                           sessionToken: json.string("SessionToken"),
                           expiration: try json.expiration("Expiration", provider: method),
                           source: method,
                           accountID: json.string("AccountId") ?? profileAccountID)
    }
}
