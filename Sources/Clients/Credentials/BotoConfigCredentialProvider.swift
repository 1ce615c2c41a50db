import Foundation

/// Keys from a boto2 config file (botocore's `BotoProvider`, method `boto-config`, credential
/// source `Boto2Config`): the `[Credentials]` section of the file named by `BOTO_CONFIG`, else of
/// `/etc/boto.cfg`, else of `~/.boto`. Missing files are skipped.
public struct BotoConfigCredentialProvider: CredentialProvider {
    /// The files looked at, in order.
    public let paths: [String]
    static let method = "boto-config"

    /// Creates the provider from the context's environment.
    public init(context: CredentialProviderContext) {
        let home = context.homeDirectory
        if let configured = context.environment["BOTO_CONFIG"] {
            paths = [ConfigPaths.expand(configured, home: home, environment: context.environment)]
        } else {
            paths = ["/etc/boto.cfg", ConfigPaths.expand("~/.boto", home: home, environment: context.environment)]
        }
    }

    /// The first `[Credentials]` section with `aws_access_key_id`; `.notConfigured` when there is none.
    public func credentials() throws -> Credentials {
        for path in paths {
            guard let file = try ConfigFile.load(path: path), let section = file["Credentials"],
                  let accessKey = section["aws_access_key_id"]?.string else { continue }
            guard let secret = section["aws_secret_access_key"]?.string else {
                throw CredentialsError(.partialCredentials, provider: Self.method, "aws_secret_access_key")
            }
            return Credentials(accessKeyID: accessKey, secretAccessKey: secret, source: Self.method)
        }
        throw CredentialsError.notConfigured(Self.method)
    }

    /// "boto2 config file (PATHS) [Credentials]".
    public var sourceDescription: String { "boto2 config file (\(paths.joined(separator: ", "))) [Credentials]" }
}
