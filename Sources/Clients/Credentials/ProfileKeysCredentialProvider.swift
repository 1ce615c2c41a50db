/// Static keys from a profile section: the shared credentials file's `[NAME]` section (botocore's
/// `SharedCredentialProvider`, method `shared-credentials-file`) or the config file's profile
/// (`ConfigProvider`, method `config-file`).
public struct ProfileKeysCredentialProvider: CredentialProvider {
    /// Which file the keys are read from.
    public enum File: Sendable, Hashable {
        /// The shared credentials file (`~/.aws/credentials`).
        case sharedCredentials
        /// The shared config file (`~/.aws/config`).
        case config
    }

    /// Which file the keys are read from.
    public let file: File
    /// The profile read.
    public let profileName: String
    private let section: [String: ConfigValue]?
    private let path: String

    /// Creates the provider for `profileName` (the selected profile when `nil`).
    public init(_ file: File, sharedConfig: SharedConfig, profileName: String? = nil) {
        self.file = file
        let name = profileName ?? sharedConfig.profileName
        self.profileName = name
        switch file {
        case .sharedCredentials:
            section = sharedConfig.credentialsFile?[name]
            path = sharedConfig.credentialsFilePath
        case .config:
            section = sharedConfig.configFileProfiles[name]?.values
            path = sharedConfig.configFilePath
        }
    }

    var method: String { file == .sharedCredentials ? "shared-credentials-file" : "config-file" }

    /// The profile's `aws_access_key_id` / `aws_secret_access_key` (+ `aws_security_token` or
    /// `aws_session_token`, `aws_account_id`); `.notConfigured` without an access key.
    public func credentials() throws -> Credentials {
        guard let section, let accessKey = section["aws_access_key_id"]?.string else {
            throw CredentialsError.notConfigured(method)
        }
        guard let secret = section["aws_secret_access_key"]?.string else {
            throw CredentialsError(.partialCredentials, provider: method, "aws_secret_access_key")
        }
        let token = section["aws_security_token"]?.string ?? section["aws_session_token"]?.string
        return Credentials(accessKeyID: accessKey, secretAccessKey: secret, sessionToken: token,
                           source: method, accountID: section["aws_account_id"]?.string)
    }

    /// "shared credentials file (PATH), profile NAME" or the config file's equivalent.
    public var sourceDescription: String {
        let kind = file == .sharedCredentials ? "shared credentials file" : "config file"
        return "\(kind) (\(path.isEmpty ? "not found" : path)), profile \(profileName)"
    }
}
