import Foundation
import Testing
@testable import AWSClients

@Suite struct StaticProviderTests {
    @Test func environmentVariables() throws {
        let env = ["AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "SECRET", "AWS_SECURITY_TOKEN": "OLD",
                   "AWS_SESSION_TOKEN": "NEW", "AWS_ACCOUNT_ID": "123456789012"]
        let credentials = try EnvironmentCredentialProvider(environment: env).credentials()
        #expect(credentials == Credentials(accessKeyID: "AKID", secretAccessKey: "SECRET", sessionToken: "OLD", source: "env",
                                           accountID: "123456789012"))
        #expect(try EnvironmentCredentialProvider(environment: ["AWS_ACCESS_KEY_ID": "A", "AWS_SECRET_ACCESS_KEY": "S",
                                                                "AWS_SESSION_TOKEN": "T"]).credentials().sessionToken == "T")
    }

    @Test func environmentEdgeCases() {
        #expect(throws: CredentialsError.notConfigured("env")) { try EnvironmentCredentialProvider(environment: ["AWS_ACCESS_KEY_ID": ""]).credentials() }
        #expect {
            try EnvironmentCredentialProvider(environment: ["AWS_ACCESS_KEY_ID": "A"]).credentials()
        } throws: { error in
            "\(error)" == "Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY"
        }
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let env = ["AWS_ACCESS_KEY_ID": "A", "AWS_SECRET_ACCESS_KEY": "S", "AWS_CREDENTIAL_EXPIRATION": "2027-01-15T08:00:00Z"]
        #expect(throws: CredentialsError.self) { try EnvironmentCredentialProvider(environment: env, now: { now }).credentials() }
        let later = (try? EnvironmentCredentialProvider(environment: env, now: { Date(timeIntervalSince1970: 0) }).credentials())?.expiration
        #expect(later == TimestampFormat.parse("2027-01-15T08:00:00Z"))
    }

    @Test func sharedCredentialsAndConfigFiles() throws {
        let folder = try TemporaryFolder()
        let shared = try folder.sharedConfig(
            config: "[default]\naws_access_key_id = CFGKEY\naws_secret_access_key = CFGSECRET\naws_session_token = CFGTOKEN\n[profile half]\naws_access_key_id = X\n",
            credentials: "[default]\naws_access_key_id = FILEKEY\naws_secret_access_key = FILESECRET\naws_account_id = 111122223333\n")
        let fromFile = try ProfileKeysCredentialProvider(.sharedCredentials, sharedConfig: shared).credentials()
        #expect(fromFile.accessKeyID == "FILEKEY" && fromFile.source == "shared-credentials-file" && fromFile.accountID == "111122223333")
        let fromConfig = try ProfileKeysCredentialProvider(.config, sharedConfig: shared).credentials()
        #expect(fromConfig.accessKeyID == "CFGKEY" && fromConfig.sessionToken == "CFGTOKEN" && fromConfig.source == "config-file")
        #expect(throws: CredentialsError(.partialCredentials, provider: "config-file", "aws_secret_access_key")) {
            try ProfileKeysCredentialProvider(.config, sharedConfig: shared, profileName: "half").credentials()
        }
        #expect(throws: CredentialsError.notConfigured("shared-credentials-file")) {
            try ProfileKeysCredentialProvider(.sharedCredentials, sharedConfig: shared, profileName: "half").credentials()
        }
    }

    @Test func descriptionsNeverShowSecrets() {
        let credentials = Credentials(accessKeyID: "AKID", secretAccessKey: "TOPSECRET", sessionToken: "SESSIONTOKEN",
                                      expiration: Date(timeIntervalSince1970: 0), source: "env", accountID: "1")
        for text in ["\(credentials)", String(reflecting: credentials), "\(AssumeRoleWithWebIdentityRequest(roleARN: "r", roleSessionName: "s", webIdentityToken: "JWTSECRET"))"] {
            #expect(!text.contains("TOPSECRET") && !text.contains("SESSIONTOKEN") && !text.contains("JWTSECRET"), "\(text)")
        }
        #expect("\(credentials)".contains("AKID"))
    }
}
