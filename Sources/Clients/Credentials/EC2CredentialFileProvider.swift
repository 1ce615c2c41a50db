import Foundation

/// Keys from the credential file of the original EC2 command line tools (botocore's
/// `OriginalEC2Provider`, method `ec2-credentials-file`, credential source `Ec2Config`): the file
/// named by `AWS_CREDENTIAL_FILE`, lines of `AWSAccessKeyId=...` and `AWSSecretKey=...`. No
/// session token. Without the variable there is nothing to read.
public struct EC2CredentialFileProvider: CredentialProvider {
    /// The file named by `AWS_CREDENTIAL_FILE` (`~` expanded), `nil` when unset.
    public let path: String?
    static let method = "ec2-credentials-file"

    /// Creates the provider from the context's environment.
    public init(context: CredentialProviderContext) {
        path = context.environment["AWS_CREDENTIAL_FILE"].map {
            ConfigPaths.expand($0, home: context.homeDirectory, environment: [:])
        }
    }

    /// The file's keys; `.notConfigured` without `AWS_CREDENTIAL_FILE` or without `AWSAccessKeyId`
    /// in the file. A file that cannot be read is an error, as in botocore.
    public func credentials() throws -> Credentials {
        guard let path else { throw CredentialsError.notConfigured(Self.method) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CredentialsError(.invalidConfig, provider: Self.method,
                                   "The file in AWS_CREDENTIAL_FILE (\(path)) could not be read; fix the path or unset the variable.")
        }
        let values = Self.parse(String(decoding: data, as: UTF8.self))
        guard let accessKey = values["AWSAccessKeyId"] else { throw CredentialsError.notConfigured(Self.method) }
        guard let secret = values["AWSSecretKey"] else {
            throw CredentialsError(.partialCredentials, provider: Self.method, "AWSSecretKey")
        }
        return Credentials(accessKeyID: accessKey, secretAccessKey: secret, source: Self.method)
    }

    /// "EC2 credential file (AWS_CREDENTIAL_FILE)".
    public var sourceDescription: String { "EC2 credential file (AWS_CREDENTIAL_FILE\(path.map { " = \($0)" } ?? ""))" }

    /// botocore's `parse_key_val_file_contents`: every line with `=` is a key and a value, trimmed.
    static func parse(_ text: String) -> [String: String] {
        var values: [String: String] = [:]
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            guard let equals = line.firstIndex(of: "=") else { continue }
            values[line[..<equals].trimmingCharacters(in: .whitespaces)] = line[line.index(after: equals)...]
                .trimmingCharacters(in: .whitespaces)
        }
        return values
    }
}
