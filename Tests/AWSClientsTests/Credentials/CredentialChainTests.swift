import Foundation
import Synchronization
import Testing
import AWSTesting
@testable import AWSClients

@Suite struct CredentialChainTests {
    let credentialsFile = "[default]\naws_access_key_id = FILEKEY\naws_secret_access_key = FILESECRET\n[dev]\naws_access_key_id = DEVKEY\naws_secret_access_key = DEVSECRET\n"
    let configFile = "[default]\naws_access_key_id = CFGKEY\naws_secret_access_key = CFGSECRET\n[profile dev]\nregion = x\n"
    let envKeys = ["AWS_ACCESS_KEY_ID": "ENVKEY", "AWS_SECRET_ACCESS_KEY": "ENVSECRET", "AWS_EC2_METADATA_DISABLED": "true"]

    func chain(config: String?, credentials: String?, env: [String: String], profile: String? = nil) throws -> CredentialChain {
        let folder = try TemporaryFolder()
        let shared = try folder.sharedConfig(config: config, credentials: credentials, profile: profile, environment: env)
        return CredentialChain.default(context: makeContext(shared, env: env, transport: RouteStub.transport([])))
    }

    @Test func orderEnvironmentThenCredentialsFileThenConfigFile() async throws {
        #expect(try await chain(config: configFile, credentials: credentialsFile, env: envKeys).credentials().accessKeyID == "ENVKEY")
        let noEnv = ["AWS_EC2_METADATA_DISABLED": "true"]
        #expect(try await chain(config: configFile, credentials: credentialsFile, env: noEnv).credentials().accessKeyID == "FILEKEY")
        #expect(try await chain(config: configFile, credentials: nil, env: noEnv).credentials().accessKeyID == "CFGKEY")
    }

    @Test func explicitProfileSkipsEnvironmentVariables() async throws {
        let viaArgument = try chain(config: configFile, credentials: credentialsFile, env: envKeys, profile: "dev")
        #expect(try await viaArgument.credentials().accessKeyID == "DEVKEY")
        var env = envKeys
        env["AWS_PROFILE"] = "dev"
        #expect(try await chain(config: configFile, credentials: credentialsFile, env: env).credentials().accessKeyID == "ENVKEY")
    }

    @Test func noCredentialsListsWhereItLooked() async throws {
        let chain = try chain(config: nil, credentials: nil, env: ["AWS_EC2_METADATA_DISABLED": "true"])
        await #expect {
            _ = try await chain.credentials()
        } throws: { error in
            let text = "\(error)"
            return error is NoCredentialsError
                && text.hasPrefix("Unable to locate credentials. You can configure credentials by running \"aws configure\".")
                && text.contains("environment variables") && text.contains("shared credentials file") && text.contains("EC2 instance metadata")
        }
    }

    @Test func brokenSourceStopsTheChain() async throws {
        let chain = try chain(config: configFile, credentials: credentialsFile, env: ["AWS_ACCESS_KEY_ID": "ONLYKEY"])
        await #expect(throws: CredentialsError(.partialCredentials, provider: "env", "AWS_SECRET_ACCESS_KEY")) { try await chain.credentials() }
    }

    @Test func chainKeepsTheProviderThatAnswered() async throws {
        let calls = Mutex(0)
        let counting = RefreshingCredentialProvider(method: "test", sourceDescription: "counting") {
            calls.withLock { $0 += 1 }
            return Credentials(accessKeyID: "A", secretAccessKey: "S")
        }
        let chain = CredentialChain([EnvironmentCredentialProvider(environment: [:]), counting])
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<20 { group.addTask { _ = try? await chain.credentials() } }
        }
        #expect(calls.withLock { $0 } == 1)
        #expect(await chain.resolvedProvider?.sourceDescription == "counting")
    }
}
