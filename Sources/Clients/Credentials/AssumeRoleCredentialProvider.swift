import Foundation

/// Credentials from STS `AssumeRole` for a profile with `role_arn` (botocore's
/// `AssumeRoleProvider`, method `assume-role`). The source credentials come from
/// `source_profile` (static keys, web identity, `credential_process`, or another role: chains
/// are followed and loops rejected) or from `credential_source` (`Environment`,
/// `Ec2InstanceMetadata`, `EcsContainer`). `role_session_name`, `external_id` and
/// `duration_seconds` are passed on. With `mfa_serial`, the code is asked of the context's
/// `mfaTokenProvider` (`Session(mfaTokenProvider:)`) at each `AssumeRole`; the SDK never prompts.
public struct AssumeRoleCredentialProvider: CredentialProvider {
    /// The profile read.
    public let profileName: String
    private let plan: Result<RefreshingCredentialProvider, CredentialsError>?
    static let method = "assume-role"
    /// The `credential_source` names botocore accepts.
    public static let credentialSources = ["Environment", "Ec2InstanceMetadata", "EcsContainer"]

    /// Creates the provider for `profileName` (the selected profile when `nil`). `sources` maps
    /// `credential_source` names to providers (built from the context when absent).
    public init(context: CredentialProviderContext, profileName: String? = nil,
                sources: [String: any CredentialProvider]? = nil) {
        let name = profileName ?? context.sharedConfig.profileName
        self.profileName = name
        guard let profile = context.sharedConfig.profiles[name], Self.hasRoleSettings(profile) else { plan = nil; return }
        let sources = sources ?? [
            "Environment": EnvironmentCredentialProvider(environment: context.environment, now: context.now),
            "Ec2InstanceMetadata": InstanceMetadataCredentialProvider(context: context),
            "EcsContainer": ContainerCredentialProvider(context: context),
        ]
        var visited = [name]
        do throws(CredentialsError) {
            plan = .success(try Self.roleProvider(name, context: context, sources: sources, visited: &visited))
        } catch {
            plan = .failure(error)
        }
    }

    /// Assumes the role (once, then again before the credentials expire).
    public func credentials() async throws -> Credentials {
        switch plan {
        case nil: throw CredentialsError.notConfigured(Self.method)
        case .failure(let error): throw error
        case .success(let refresher): return try await refresher.credentials()
        }
    }

    /// "assume-role settings of profile NAME".
    public var sourceDescription: String { "assume-role settings (role_arn) of profile \(profileName)" }

    /// `botocore-session-<epoch seconds>`.
    static func defaultSessionName(_ date: Date) -> String { "botocore-session-\(Int(date.timeIntervalSince1970))" }

    static func hasRoleSettings(_ profile: ConfigProfile) -> Bool {
        profile.contains("role_arn") && !profile.contains("web_identity_token_file")
    }

    static func hasStaticKeys(_ profile: ConfigProfile) -> Bool {
        profile.contains("aws_access_key_id") || profile.contains("aws_secret_access_key")
    }

    private static func roleProvider(_ name: String, context: CredentialProviderContext, sources: [String: any CredentialProvider],
                                     visited: inout [String]) throws(CredentialsError) -> RefreshingCredentialProvider {
        let profiles = context.sharedConfig.profiles
        let profile = profiles[name] ?? ConfigProfile(name: name)
        let roleARN = profile["role_arn"] ?? ""
        let sourceProfile = profile["source_profile"], credentialSource = profile["credential_source"]
        let source: any CredentialProvider
        let sourceName: String
        switch (sourceProfile, credentialSource) {
        case (.some, .some):
            throw CredentialsError(.invalidConfig, provider: method, "The profile \"\(name)\" contains both source_profile and credential_source.")
        case (nil, nil):
            throw CredentialsError(.partialCredentials, provider: method, "source_profile or credential_source")
        case (nil, .some(let named)):
            guard credentialSources.contains(named), let provider = sources[named] else {
                throw CredentialsError(.invalidConfig, provider: method,
                    "The credential source \"\(named)\" referenced in profile \"\(name)\" is not valid. "
                    + "Valid sources: \(credentialSources.joined(separator: ", ")).")
            }
            source = NamedSource(inner: provider, name: named, profileName: name)
            sourceName = named
        case (.some(let sourceProfileName), nil):
            guard let parent = profiles[sourceProfileName] else {
                throw CredentialsError(.invalidConfig, provider: method,
                    "The source_profile \"\(sourceProfileName)\" referenced in the profile \"\(name)\" does not exist.")
            }
            if visited.contains(sourceProfileName) && (sourceProfileName != name || !hasStaticKeys(parent)) {
                throw CredentialsError(.infiniteLoop, provider: method,
                    "Infinite loop in credential configuration detected. Attempting to load from profile \(sourceProfileName) "
                    + "which has already been visited. Visited profiles: \(visited)")
            }
            visited.append(sourceProfileName)
            if hasStaticKeys(parent) || !hasRoleSettings(parent) {
                source = SourceProfileChain(context: context, profileName: sourceProfileName)
            } else {
                source = try roleProvider(sourceProfileName, context: context, sources: sources, visited: &visited)
            }
            sourceName = "profile \(sourceProfileName)"
        }
        let externalID = profile["external_id"], sessionName = profile["role_session_name"]
        let duration = profile["duration_seconds"].flatMap { Int($0) }
        let mfaSerial = profile["mfa_serial"], mfaTokenProvider = context.mfaTokenProvider
        let sts = context.sts, now = context.now
        return RefreshingCredentialProvider(method: method, sourceDescription: "role \(roleARN) from \(sourceName)", now: now) {
            guard let sts else {
                throw CredentialsError(.retrievalFailed, provider: method, "no STS client is available to call AssumeRole")
            }
            let sourceCredentials = try await source.credentials()
            let tokenCode = try await mfaCode(serial: mfaSerial, provider: mfaTokenProvider, profileName: name)
            let request = AssumeRoleRequest(roleARN: roleARN, roleSessionName: sessionName ?? defaultSessionName(now()),
                                            externalID: externalID, durationSeconds: duration,
                                            serialNumber: mfaSerial, tokenCode: tokenCode)
            var credentials = try await sts.assumeRole(request, sourceCredentials: sourceCredentials)
            credentials.source = method
            return credentials
        }
    }
}

extension AssumeRoleCredentialProvider {
    /// The MFA code for `serial` from the session's provider; `nil` without `mfa_serial`.
    static func mfaCode(serial: String?, provider: MFATokenProvider?, profileName: String) async throws -> String? {
        guard let serial else { return nil }
        guard let provider else {
            throw CredentialsError(.mfaRequired, provider: method,
                "The profile \"\(profileName)\" sets mfa_serial (\(serial)), so assuming its role needs an MFA code, and this SDK "
                + "never prompts for one. Pass mfaTokenProvider: to Session, a closure that returns the current code for a serial "
                + "number: Session(profile: \"\(profileName)\", mfaTokenProvider: { serial in try await currentCode(for: serial) }).")
        }
        return try await provider(serial)
    }
}

/// A `credential_source` provider whose "nothing here" becomes an error naming the profile.
private struct NamedSource: CredentialProvider {
    let inner: any CredentialProvider
    let name: String
    let profileName: String

    func credentials() async throws -> Credentials {
        do {
            return try await inner.credentials()
        } catch let error as CredentialsError where error.code == .notConfigured {
            throw CredentialsError(.retrievalFailed, provider: name,
                                   "No credentials found in credential_source referenced in profile \(profileName)")
        }
    }
}

/// The providers botocore consults for a `source_profile` without a role of its own (its
/// `ProfileProviderBuilder` with the environment off): web identity, SSO, the shared credentials
/// file, `aws login`, `credential_process`, the config file.
private struct SourceProfileChain: CredentialProvider {
    let chain: CredentialChain
    let profileName: String

    init(context: CredentialProviderContext, profileName: String) {
        self.profileName = profileName
        chain = CredentialChain([
            WebIdentityCredentialProvider(context: context, profileName: profileName, ignoringEnvironment: true),
            SSOCredentialProvider(context: context, profileName: profileName),
            ProfileKeysCredentialProvider(.sharedCredentials, sharedConfig: context.sharedConfig, profileName: profileName),
            LoginCredentialProvider(context: context, profileName: profileName),
            ProcessCredentialProvider(context: context, profileName: profileName),
            ProfileKeysCredentialProvider(.config, sharedConfig: context.sharedConfig, profileName: profileName),
        ])
    }

    func credentials() async throws -> Credentials {
        do {
            return try await chain.credentials()
        } catch is NoCredentialsError {
            throw CredentialsError(.invalidConfig, provider: AssumeRoleCredentialProvider.method,
                                   "The source profile \"\(profileName)\" must have credentials.")
        }
    }
}
