import Foundation
import Testing
@testable import AWSClients

@Suite struct AssumeRoleCredentialProviderTests {
    static let config = """
        [profile base]
        aws_access_key_id = BASEKEY
        aws_secret_access_key = BASESECRET
        [profile first]
        role_arn = arn:aws:iam::111:role/first
        source_profile = base
        role_session_name = my-session
        external_id = ext-1
        duration_seconds = 900
        [profile second]
        role_arn = arn:aws:iam::222:role/second
        source_profile = first
        [profile self]
        role_arn = arn:aws:iam::333:role/self
        source_profile = self
        aws_access_key_id = SELFKEY
        aws_secret_access_key = SELFSECRET
        [profile loop-a]
        role_arn = arn:aws:iam::1:role/a
        source_profile = loop-b
        [profile loop-b]
        role_arn = arn:aws:iam::1:role/b
        source_profile = loop-a
        [profile from-env]
        role_arn = arn:aws:iam::444:role/env
        credential_source = Environment
        [profile bad-source]
        role_arn = arn:aws:iam::1:role/x
        credential_source = Nowhere
        [profile both]
        role_arn = arn:aws:iam::1:role/x
        source_profile = base
        credential_source = Environment
        [profile neither]
        role_arn = arn:aws:iam::1:role/x
        [profile mfa]
        role_arn = arn:aws:iam::1:role/x
        source_profile = base
        mfa_serial = arn:aws:iam::1:mfa/me
        [profile missing-source]
        role_arn = arn:aws:iam::1:role/x
        source_profile = ghost
        [profile web]
        role_arn = arn:aws:iam::555:role/web
        web_identity_token_file = TOKENFILE
        role_session_name = web-session
        """

    func provider(_ profile: String, env: [String: String] = [:], sts: StubSTS = StubSTS(),
                  extraConfig: String = "") throws -> (AssumeRoleCredentialProvider, StubSTS, TemporaryFolder) {
        let folder = try TemporaryFolder()
        let shared = try folder.sharedConfig(config: Self.config + extraConfig, profile: profile)
        return (AssumeRoleCredentialProvider(context: makeContext(shared, env: env, sts: sts)), sts, folder)
    }

    @Test func assumesWithSourceProfileKeysAndProfileSettings() async throws {
        let (provider, sts, _) = try provider("first")
        let credentials = try await provider.credentials()
        #expect(credentials.accessKeyID == "ASIA-first-1" && credentials.source == "assume-role")
        let call = try #require(sts.calls.withLock { $0.first })
        #expect(call.request == AssumeRoleRequest(roleARN: "arn:aws:iam::111:role/first", roleSessionName: "my-session",
                                                  externalID: "ext-1", durationSeconds: 900))
        #expect(call.source.accessKeyID == "BASEKEY")
        _ = try await provider.credentials()
        #expect(sts.calls.withLock { $0.count } == 1)
    }

    @Test func chainedRolesUseTheInnerRolesCredentials() async throws {
        let (provider, sts, _) = try provider("second")
        let credentials = try await provider.credentials()
        let calls = sts.calls.withLock { $0 }
        #expect(calls.map(\.request.roleARN) == ["arn:aws:iam::111:role/first", "arn:aws:iam::222:role/second"])
        #expect(calls[0].source.accessKeyID == "BASEKEY" && calls[1].source.accessKeyID == "ASIA-first-1")
        #expect(calls[1].request.roleSessionName.hasPrefix("botocore-session-"))
        #expect(credentials.accessKeyID == "ASIA-second-2")
    }

    @Test func selfReferenceWithStaticKeysIsAllowed() async throws {
        let (provider, sts, _) = try provider("self")
        _ = try await provider.credentials()
        #expect(sts.calls.withLock { $0.first?.source.accessKeyID } == "SELFKEY")
    }

    @Test func credentialSourceEnvironment() async throws {
        let (provider, sts, _) = try provider("from-env", env: ["AWS_ACCESS_KEY_ID": "ENVKEY", "AWS_SECRET_ACCESS_KEY": "ENVSECRET"])
        _ = try await provider.credentials()
        #expect(sts.calls.withLock { $0.first?.source.accessKeyID } == "ENVKEY")
        let (empty, _, _) = try self.provider("from-env")
        await #expect {
            _ = try await empty.credentials()
        } throws: { error in
            "\(error)" == "Error when retrieving credentials from Environment: No credentials found in credential_source referenced in profile from-env"
        }
    }

    @Test(arguments: [
        ("loop-a", CredentialsError.Code.infiniteLoop, "Infinite loop in credential configuration detected"),
        ("bad-source", .invalidConfig, "The credential source \"Nowhere\" referenced in profile \"bad-source\" is not valid."),
        ("both", .invalidConfig, "The profile \"both\" contains both source_profile and credential_source."),
        ("neither", .partialCredentials, "missing: source_profile or credential_source"),
        ("mfa", .mfaRequired, "sets mfa_serial (arn:aws:iam::1:mfa/me), so assuming its role needs an MFA code, and this SDK "
            + "never prompts for one. Pass mfaTokenProvider: to Session"),
        ("missing-source", .invalidConfig, "The source_profile \"ghost\" referenced in the profile \"missing-source\" does not exist."),
    ])
    func invalidConfigurations(_ profile: String, _ code: CredentialsError.Code, _ message: String) async throws {
        let (provider, sts, _) = try provider(profile)
        await #expect {
            _ = try await provider.credentials()
        } throws: { error in
            (error as? CredentialsError)?.code == code && "\(error)".contains(message)
        }
        #expect(sts.calls.withLock { $0.isEmpty })
    }

    @Test func webIdentityFromProfileAndEnvironment() async throws {
        let folder = try TemporaryFolder()
        let tokenPath = try folder.write("token.jwt", "JWT-TOKEN")
        let config = Self.config.replacingOccurrences(of: "TOKENFILE", with: tokenPath)
        let sts = StubSTS()
        let shared = try folder.sharedConfig(config: config, profile: "web")
        // The assume-role provider leaves profiles with a token file to the web identity provider.
        await #expect(throws: CredentialsError.notConfigured("assume-role")) {
            try await AssumeRoleCredentialProvider(context: makeContext(shared, sts: sts)).credentials()
        }
        let fromProfile = WebIdentityCredentialProvider(context: makeContext(shared, sts: sts))
        #expect(try await fromProfile.credentials().accessKeyID == "ASIA-WEB")
        #expect(sts.webCalls.withLock { $0 } == [AssumeRoleWithWebIdentityRequest(
            roleARN: "arn:aws:iam::555:role/web", roleSessionName: "web-session", webIdentityToken: "JWT-TOKEN")])

        let envShared = try folder.sharedConfig(config: config)
        let env = ["AWS_WEB_IDENTITY_TOKEN_FILE": tokenPath, "AWS_ROLE_ARN": "arn:aws:iam::666:role/env-web", "AWS_ROLE_SESSION_NAME": "s"]
        _ = try await WebIdentityCredentialProvider(context: makeContext(envShared, env: env, sts: sts)).credentials()
        #expect(sts.webCalls.withLock { $0.last?.roleARN } == "arn:aws:iam::666:role/env-web")
        await #expect {
            _ = try await WebIdentityCredentialProvider(context: makeContext(envShared, env: ["AWS_WEB_IDENTITY_TOKEN_FILE": tokenPath], sts: sts)).credentials()
        } throws: { ($0 as? CredentialsError)?.code == .invalidConfig }
        await #expect(throws: CredentialsError.notConfigured("assume-role-with-web-identity")) {
            try await WebIdentityCredentialProvider(context: makeContext(envShared, sts: sts)).credentials()
        }
    }
}
