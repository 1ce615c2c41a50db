import Foundation

/// The shared config and credentials files, merged into profiles as botocore's session does,
/// with the selected profile.
///
/// The config file (`AWS_CONFIG_FILE`, default `~/.aws/config`) holds `[default]`,
/// `[profile NAME]`, `[sso-session NAME]` and `[services NAME]` sections; the credentials file
/// (`AWS_SHARED_CREDENTIALS_FILE`, default `~/.aws/credentials`) holds `[NAME]` sections whose
/// keys override the config file's for the same profile. Missing files are skipped.
///
/// ```swift
/// let shared = try SharedConfig.load(profile: "dev")   // env and home injected in tests
/// shared.profile["region"]                             // "eu-west-1"
/// ```
public struct SharedConfig: Sendable, Hashable {
    /// The config file path after `~` and `$VAR` expansion.
    public var configFilePath: String
    /// The credentials file path after expansion.
    public var credentialsFilePath: String
    /// The parsed config file, `nil` when absent.
    public var configFile: ConfigFile?
    /// The parsed credentials file, `nil` when absent.
    public var credentialsFile: ConfigFile?
    /// Every profile: the config file's, with the credentials file's sections merged in
    /// (botocore's `full_config["profiles"]`).
    public var profiles: [String: ConfigProfile]
    /// The profiles of the config file alone (botocore's `ConfigProvider` reads only these).
    public var configFileProfiles: [String: ConfigProfile]
    /// `[sso-session NAME]` sections of the config file.
    public var ssoSessions: [String: ConfigProfile]
    /// `[services NAME]` sections of the config file (service endpoint overrides).
    public var services: [String: ConfigProfile]
    /// The selected profile's name (`default` when none was chosen).
    public var profileName: String
    /// Whether the profile was passed explicitly (not taken from the environment): botocore then
    /// skips the environment credential variables unless all are set.
    public var isProfileExplicit: Bool

    /// The selected profile's settings (empty when `default` does not exist).
    public var profile: ConfigProfile { profiles[profileName] ?? ConfigProfile(name: profileName) }

    /// Creates a shared config from already parsed files.
    public init(configFile: ConfigFile?, credentialsFile: ConfigFile?, profile: String? = nil,
                environment: [String: String] = [:], isProfileExplicit: Bool? = nil) throws(ConfigError) {
        self.configFile = configFile
        self.credentialsFile = credentialsFile
        configFilePath = configFile?.path ?? ""
        credentialsFilePath = credentialsFile?.path ?? ""
        var profiles: [String: ConfigProfile] = [:]
        var ssoSessions: [String: ConfigProfile] = [:]
        var services: [String: ConfigProfile] = [:]
        if let configFile {
            for name in configFile.sectionNames {
                let values = configFile[name] ?? [:]
                if name.hasPrefix("profile") {
                    if let profileName = Self.sectionSubject(name) { profiles[profileName] = ConfigProfile(name: profileName, values: values) }
                } else if name.hasPrefix("sso-session") {
                    if let session = Self.sectionSubject(name) { ssoSessions[session] = ConfigProfile(name: session, values: values) }
                } else if name.hasPrefix("services") {
                    if let group = Self.sectionSubject(name) { services[group] = ConfigProfile(name: group, values: values) }
                } else if name == "default" {
                    profiles[name] = ConfigProfile(name: name, values: values)
                }
            }
        }
        configFileProfiles = profiles
        if let credentialsFile {
            for name in credentialsFile.sectionNames {
                let values = credentialsFile[name] ?? [:]
                profiles[name, default: ConfigProfile(name: name)].values.merge(values) { _, new in new }
            }
        }
        self.profiles = profiles
        self.ssoSessions = ssoSessions
        self.services = services
        let selected = Self.selectProfile(explicit: profile, environment: environment)
        self.isProfileExplicit = isProfileExplicit ?? (profile?.isEmpty == false)
        profileName = selected ?? "default"
        if let selected, profiles[selected] == nil {
            throw Self.profileNotFound(selected, profiles: profiles, configFile: configFile, credentialsFile: credentialsFile)
        }
    }

    /// Loads the files named by `AWS_CONFIG_FILE` and `AWS_SHARED_CREDENTIALS_FILE` (defaults
    /// `~/.aws/config`, `~/.aws/credentials`) and selects `profile`, else `AWS_DEFAULT_PROFILE`,
    /// else `AWS_PROFILE`, else `default`. A selected profile that exists in neither file throws
    /// `ConfigError` `.profileNotFound` listing the profiles that do exist.
    public static func load(profile: String? = nil,
                            environment: [String: String] = ProcessInfo.processInfo.environment,
                            homeDirectory: String? = nil) throws(ConfigError) -> SharedConfig {
        let home = homeDirectory ?? ConfigPaths.homeDirectory(environment: environment)
        let configPath = ConfigPaths.expand(environment["AWS_CONFIG_FILE"] ?? "~/.aws/config", home: home, environment: environment)
        let credentialsPath = ConfigPaths.expand(environment["AWS_SHARED_CREDENTIALS_FILE"] ?? "~/.aws/credentials",
                                                 home: home, environment: environment)
        var shared = try SharedConfig(configFile: ConfigFile.load(path: configPath),
                                      credentialsFile: ConfigFile.load(path: credentialsPath),
                                      profile: profile, environment: environment)
        shared.configFilePath = configPath
        shared.credentialsFilePath = credentialsPath
        return shared
    }

    /// The profile botocore would pick: the explicit one, else `AWS_DEFAULT_PROFILE`, else
    /// `AWS_PROFILE` (empty values count as unset); `nil` means `default`, which may be absent.
    static func selectProfile(explicit: String?, environment: [String: String]) -> String? {
        for candidate in [explicit, environment["AWS_DEFAULT_PROFILE"], environment["AWS_PROFILE"]] {
            if let candidate, !candidate.isEmpty { return candidate }
        }
        return nil
    }

    /// The NAME of `[profile NAME]`-style headers: exactly two shell words, else the section is ignored.
    static func sectionSubject(_ header: String) -> String? {
        guard let words = try? ShellWords.split(header), words.count == 2 else { return nil }
        return words[1]
    }

    private static func profileNotFound(_ name: String, profiles: [String: ConfigProfile],
                                        configFile: ConfigFile?, credentialsFile: ConfigFile?) -> ConfigError {
        let existing = profiles.keys.sorted()
        let files = [configFile?.path, credentialsFile?.path].compactMap { $0 }
        var message = "The config profile (\(name)) could not be found. "
        if existing.isEmpty {
            message += files.isEmpty ? "No config or credentials file was found. " : "No profiles are defined in \(files.joined(separator: " or ")). "
        } else {
            message += "Profiles that exist: \(existing.joined(separator: ", ")). "
        }
        message += "Check the profile name, AWS_PROFILE / AWS_DEFAULT_PROFILE, or add [profile \(name)] to the config file."
        return ConfigError(.profileNotFound, message)
    }
}
