import Foundation
import Testing
@testable import AWSClients

/// The last file-based sources of botocore's chain: the original EC2 tools' credential file and
/// boto2's config file; and the chain's order.
@Suite struct LegacyFileProviderTests {
    @Test func ec2CredentialFileFromAWS_CREDENTIAL_FILE() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("ec2-creds", "# EC2 tools\nAWSAccessKeyId = AKIDEC2\nAWSSecretKey=ec2/secret=with=equals \n")
        let shared = try folder.sharedConfig()
        let credentials = try EC2CredentialFileProvider(context: makeContext(shared, env: ["AWS_CREDENTIAL_FILE": path])).credentials()
        #expect(credentials.accessKeyID == "AKIDEC2")
        #expect(credentials.secretAccessKey == "ec2/secret=with=equals")
        #expect(credentials.sessionToken == nil)
        #expect(credentials.source == "ec2-credentials-file")
    }

    @Test func ec2CredentialFileProblems() throws {
        let folder = try TemporaryFolder()
        let shared = try folder.sharedConfig()
        #expect(throws: CredentialsError.notConfigured("ec2-credentials-file")) {
            try EC2CredentialFileProvider(context: makeContext(shared)).credentials()
        }
        let partial = try folder.write("partial", "AWSAccessKeyId=AKID\n")
        #expect(throws: CredentialsError(.partialCredentials, provider: "ec2-credentials-file", "AWSSecretKey")) {
            try EC2CredentialFileProvider(context: makeContext(shared, env: ["AWS_CREDENTIAL_FILE": partial])).credentials()
        }
        #expect {
            try EC2CredentialFileProvider(context: makeContext(shared, env: ["AWS_CREDENTIAL_FILE": folder.path + "/absent"])).credentials()
        } throws: { error in
            "\(error)".contains("could not be read")
        }
    }

    @Test func botoConfigFromBOTO_CONFIGThenHome() throws {
        let folder = try TemporaryFolder()
        let shared = try folder.sharedConfig()
        let explicit = try folder.write("boto.cfg", "[Credentials]\naws_access_key_id = AKIDBOTO\naws_secret_access_key = boto-secret\n")
        let fromVariable = try BotoConfigCredentialProvider(context: makeContext(shared, env: ["BOTO_CONFIG": explicit])).credentials()
        #expect(fromVariable.accessKeyID == "AKIDBOTO" && fromVariable.source == "boto-config")

        try folder.write(".boto", "[Credentials]\naws_access_key_id = AKIDHOME\naws_secret_access_key = home-secret\n")
        let provider = BotoConfigCredentialProvider(context: makeContext(shared, env: ["HOME": folder.path]))
        #expect(provider.paths == ["/etc/boto.cfg", folder.path + "/.boto"])
        if !FileManager.default.fileExists(atPath: "/etc/boto.cfg") {
            #expect(try provider.credentials().accessKeyID == "AKIDHOME")
        }
        #expect(throws: CredentialsError.notConfigured("boto-config")) {
            try BotoConfigCredentialProvider(context: makeContext(shared, env: ["BOTO_CONFIG": folder.path + "/absent"])).credentials()
        }
    }

    /// botocore 1.43's `create_credential_resolver` order, environment first unless a profile was named.
    @Test(arguments: [(false, true), (true, false)])
    func defaultChainIsInBotocoresOrder(explicitProfile: Bool, expectsEnvironment: Bool) throws {
        let folder = try TemporaryFolder()
        let shared = try folder.sharedConfig(config: "[profile p]\nregion = us-east-1\n", profile: explicitProfile ? "p" : nil)
        let names = CredentialChain.default(context: makeContext(shared)).providers.map { String(describing: type(of: $0)) }
        let rest = ["AssumeRoleCredentialProvider", "WebIdentityCredentialProvider", "SSOCredentialProvider",
                    "ProfileKeysCredentialProvider", "LoginCredentialProvider", "ProcessCredentialProvider",
                    "ProfileKeysCredentialProvider", "EC2CredentialFileProvider", "BotoConfigCredentialProvider",
                    "ContainerCredentialProvider", "InstanceMetadataCredentialProvider"]
        #expect(names == (expectsEnvironment ? ["EnvironmentCredentialProvider"] : []) + rest)
        let files = CredentialChain.default(context: makeContext(shared)).providers.compactMap { ($0 as? ProfileKeysCredentialProvider)?.file }
        #expect(files == [.sharedCredentials, .config])
    }
}
