import Foundation
import Testing
@testable import AWSClients

@Suite struct ProcessCredentialProviderTests {
    func provider(script: String, arguments: String = "", extraConfig: String = "") throws -> ProcessCredentialProvider {
        let folder = try TemporaryFolder()
        let path = try folder.write("bin/creds helper.sh", "#!/bin/sh\n" + script, executable: true)
        let config = "[default]\ncredential_process = '\(path)' \(arguments)\n" + extraConfig
        let shared = try folder.sharedConfig(config: config)
        return ProcessCredentialProvider(context: makeContext(shared, env: ["PATH": "/usr/bin:/bin"]))
    }

    @Test func runsTheCommandWithoutAShellAndParsesVersion1() async throws {
        let script = """
            printf '{"Version": 1, "AccessKeyId": "%s", "SecretAccessKey": "SECRET", "SessionToken": "TOKEN", "Expiration": "2999-01-01T00:00:00Z"}' "$1"
            """
        let credentials = try await provider(script: script, arguments: "\"AKID with space\"").credentials()
        #expect(credentials.accessKeyID == "AKID with space" && credentials.secretAccessKey == "SECRET" && credentials.sessionToken == "TOKEN")
        #expect(credentials.expiration == TimestampFormat.parse("2999-01-01T00:00:00Z") && credentials.source == "custom-process")
    }

    @Test func accountIDFallsBackToTheProfile() async throws {
        let script = #"echo '{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "S"}'"#
        let credentials = try await provider(script: script, extraConfig: "aws_account_id = 999988887777\n").credentials()
        #expect(credentials.accountID == "999988887777" && credentials.sessionToken == nil && credentials.expiration == nil)
    }

    @Test func failureCarriesTheCommandsStderrButNotItsStdout() async throws {
        let failing = try provider(script: "echo 'STDOUTSECRET'\necho 'token expired, run login' >&2\nexit 3\n")
        await #expect {
            _ = try await failing.credentials()
        } throws: { error in
            let text = "\(error)"
            return text == "Error when retrieving credentials from custom-process: token expired, run login" && !text.contains("STDOUTSECRET")
        }
    }

    @Test func badOutputIsExplained() async throws {
        await #expect {
            _ = try await provider(script: #"echo '{"Version": 2, "AccessKeyId": "A", "SecretAccessKey": "S"}'"#).credentials()
        } throws: { error in
            "\(error)".contains("Unsupported version '2' for credential process provider, supported versions: 1")
        }
        await #expect {
            _ = try await provider(script: #"echo '{"Version": 1, "SecretAccessKey": "LEAKME"}'"#).credentials()
        } throws: { error in
            "\(error)".contains("Missing required key in response: 'AccessKeyId'") && !"\(error)".contains("LEAKME")
        }
    }

    @Test func missingCommandIsNotConfigured() async throws {
        let folder = try TemporaryFolder()
        let provider = ProcessCredentialProvider(context: makeContext(try folder.sharedConfig(config: "[default]\nregion = x\n")))
        await #expect(throws: CredentialsError.notConfigured("custom-process")) { try await provider.credentials() }
    }
}
