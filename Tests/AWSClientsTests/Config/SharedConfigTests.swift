import Foundation
import Testing
@testable import AWSClients

@Suite struct SharedConfigTests {
    let config = """
        [default]
        region = us-west-2
        [profile dev]
        region = eu-west-1
        output = json
        """
    let credentials = """
        [dev]
        aws_access_key_id = AKIDDEV
        aws_secret_access_key = SECRETDEV
        region = ap-south-1
        [onlycreds]
        aws_access_key_id = AKIDONLY
        aws_secret_access_key = SECRETONLY
        """

    @Test func credentialsFileKeysOverrideConfigFileForTheSameProfile() throws {
        let folder = try TemporaryFolder()
        let shared = try folder.sharedConfig(config: config, credentials: credentials, profile: "dev")
        #expect(shared.profileName == "dev" && shared.isProfileExplicit)
        #expect(shared.profile["region"] == "ap-south-1")
        #expect(shared.profile["output"] == "json")
        #expect(shared.configFileProfiles["dev"]?["region"] == "eu-west-1")
        #expect(shared.profiles["onlycreds"]?["aws_access_key_id"] == "AKIDONLY")
    }

    @Test func profileSelectionOrder() throws {
        let folder = try TemporaryFolder()
        _ = try folder.sharedConfig(config: config + "\n[profile other]\nregion = x\n", credentials: credentials)
        let load = { (profile: String?, env: [String: String]) throws -> SharedConfig in
            try SharedConfig.load(profile: profile, environment: env, homeDirectory: folder.path)
        }
        #expect(try load(nil, [:]).profileName == "default")
        #expect(try load(nil, ["AWS_PROFILE": "dev"]).profileName == "dev")
        #expect(try load(nil, ["AWS_PROFILE": "dev", "AWS_DEFAULT_PROFILE": "other"]).profileName == "other")
        #expect(try load("onlycreds", ["AWS_PROFILE": "dev"]).profileName == "onlycreds")
        #expect(try load(nil, ["AWS_PROFILE": "dev"]).isProfileExplicit == false)
    }

    @Test func missingProfileListsTheOnesThatExist() throws {
        let folder = try TemporaryFolder()
        #expect {
            _ = try folder.sharedConfig(config: config, credentials: credentials, environment: ["AWS_PROFILE": "prod"])
        } throws: { error in
            guard let error = error as? ConfigError, error.code == .profileNotFound else { return false }
            return error.message.contains("The config profile (prod) could not be found")
                && error.message.contains("default, dev, onlycreds")
        }
    }

    @Test func missingFilesAreSkippedAndDefaultMayBeAbsent() throws {
        let folder = try TemporaryFolder()
        let shared = try folder.sharedConfig()
        #expect(shared.profiles.isEmpty && shared.profileName == "default" && shared.profile.values.isEmpty)
        #expect(shared.configFilePath == folder.path + "/.aws/config")
    }

    @Test func filePathsComeFromTheEnvironmentWithExpansion() throws {
        let folder = try TemporaryFolder()
        try folder.write("custom/cfg", "[profile x]\nregion = r1\n")
        try folder.write("custom/creds", "[x]\naws_access_key_id = A\naws_secret_access_key = S\n")
        let shared = try SharedConfig.load(profile: "x", environment: [
            "AWS_CONFIG_FILE": "~/custom/cfg", "AWS_SHARED_CREDENTIALS_FILE": "${BASE}/creds", "BASE": folder.path + "/custom",
        ], homeDirectory: folder.path)
        #expect(shared.profile["region"] == "r1")
        #expect(shared.profile["aws_access_key_id"] == "A")
        #expect(shared.credentialsFilePath == folder.path + "/custom/creds")
    }

    @Test func malformedFileThrowsWithPath() throws {
        let folder = try TemporaryFolder()
        #expect {
            _ = try folder.sharedConfig(config: "[default]\nregion\n")
        } throws: { error in
            (error as? ConfigError)?.path == folder.path + "/.aws/config"
        }
    }
}
