import Foundation
import Testing
@testable import AWSClients

/// The SSO credential provider with a stub Identity Center: profiles with an `sso-session` and
/// legacy ones, the token cache, role credentials and their refresh, and botocore's errors.
@Suite struct SSOCredentialProviderTests {
    static let startURL = "https://my-sso-portal.awsapps.com/start"
    static let config = """
        [profile dev]
        sso_session = my-sso
        sso_account_id = 111122223333
        sso_role_name = Developer
        region = eu-west-1

        [sso-session my-sso]
        sso_start_url = \(startURL)
        sso_region = us-east-1
        sso_registration_scopes = sso:account:access

        [profile legacy]
        sso_start_url = \(startURL)
        sso_region = us-west-2
        sso_account_id = 444455556666
        sso_role_name = ReadOnly

        [profile no-session]
        sso_session = ghost
        sso_account_id = 1
        sso_role_name = R

        [profile conflict]
        sso_session = my-sso
        sso_region = eu-central-1
        sso_account_id = 1
        sso_role_name = R

        [profile partial]
        sso_account_id = 1
        sso_start_url = \(startURL)

        [profile admin]
        role_arn = arn:aws:iam::111122223333:role/admin
        source_profile = dev

        [profile plain]
        aws_access_key_id = AKID
        aws_secret_access_key = SECRET
        """

    struct Setup {
        let folder: TemporaryFolder
        let clock = TestClock()
        let sso: StubSSOFetcher
        let context: CredentialProviderContext

        init(profile: String, sso: StubSSOFetcher? = nil, sts: StubSTS? = nil) throws {
            folder = try TemporaryFolder()
            let clock = self.clock
            self.sso = sso ?? StubSSOFetcher(expiration: clock.now.addingTimeInterval(3600))
            let shared = try folder.sharedConfig(config: SSOCredentialProviderTests.config, profile: profile)
            context = identityContext(shared, folder: folder, sts: sts, sso: self.sso, clock: clock)
        }

        func cacheToken(key: String, expiresIn: TimeInterval, extra: [(String, JSONValue)] = []) throws {
            try writeSSOToken(folder, key: key, [("startUrl", .string(SSOCredentialProviderTests.startURL)),
                                                 ("region", .string("us-east-1")), ("accessToken", .string("cached-access-token")),
                                                 ("expiresAt", .string(CacheTimestamp.format(clock.now.addingTimeInterval(expiresIn))))] + extra)
        }
    }

    @Test func sessionProfileTurnsTheCachedTokenIntoRoleCredentials() async throws {
        let setup = try Setup(profile: "dev")
        try setup.cacheToken(key: "my-sso", expiresIn: 3600)
        let credentials = try await SSOCredentialProvider(context: setup.context).credentials()
        #expect(credentials.accessKeyID == "ASIA-SSO-1")
        #expect(credentials.source == "sso")
        #expect(credentials.accountID == "111122223333")
        let call = try #require(setup.sso.roleCalls.withLock { $0.first })
        #expect(call == SSORoleCredentialsRequest(region: "us-east-1", roleName: "Developer", accountID: "111122223333",
                                                  accessToken: "cached-access-token"))
        #expect(!"\(call)".contains("cached-access-token"))
        #expect(setup.sso.tokenCalls.withLock { $0.isEmpty })
    }

    @Test func legacyProfileReadsTheTokenCachedUnderItsStartURL() async throws {
        let setup = try Setup(profile: "legacy")
        try setup.cacheToken(key: Self.startURL, expiresIn: 600)
        let credentials = try await SSOCredentialProvider(context: setup.context).credentials()
        #expect(credentials.accountID == "444455556666")
        let call = try #require(setup.sso.roleCalls.withLock { $0.first })
        #expect(call.region == "us-west-2" && call.roleName == "ReadOnly")
        // A legacy token is never refreshed, whatever is left of it.
        #expect(setup.sso.tokenCalls.withLock { $0.isEmpty })
    }

    @Test func expiredLegacyTokenSaysToSignInAgainWithoutCallingSSO() async throws {
        let setup = try Setup(profile: "legacy")
        try setup.cacheToken(key: Self.startURL, expiresIn: -1)
        await #expect {
            _ = try await SSOCredentialProvider(context: setup.context).credentials()
        } throws: { error in
            (error as? CredentialsError)?.code == .loginRequired
                && "\(error)" == "The SSO session associated with this profile has expired or is otherwise invalid. "
                + "To refresh this SSO session run `aws sso login --profile legacy`."
        }
        #expect(setup.sso.roleCalls.withLock { $0.isEmpty })
    }

    @Test func missingTokenSaysToRunSSOLogin() async throws {
        let setup = try Setup(profile: "dev")
        await #expect {
            _ = try await SSOCredentialProvider(context: setup.context).credentials()
        } throws: { error in
            (error as? CredentialsError)?.code == .loginRequired
                && "\(error)" == "Error loading SSO Token: Token for my-sso does not exist. Run `aws sso login --profile dev` to sign in again."
        }
    }

    @Test func unauthorizedTokenSaysToRunSSOLogin() async throws {
        let sso = StubSSOFetcher(expiration: Date(), roleError: .stub("UnauthorizedException", status: 401, message: "Session token not found"))
        let setup = try Setup(profile: "dev", sso: sso)
        try setup.cacheToken(key: "my-sso", expiresIn: 3600)
        await #expect {
            _ = try await SSOCredentialProvider(context: setup.context).credentials()
        } throws: { error in
            "\(error)".hasSuffix("To refresh this SSO session run `aws sso login --profile dev`.")
        }
    }

    @Test func tokenWithoutExpiresAtIsInvalid() async throws {
        let setup = try Setup(profile: "dev")
        try writeSSOToken(setup.folder, key: "my-sso", [("accessToken", .string("t"))])
        await #expect {
            _ = try await SSOCredentialProvider(context: setup.context).credentials()
        } throws: { error in
            "\(error)" == "Error loading SSO Token: Token for \(Self.startURL) is invalid. Run `aws sso login --profile dev` to sign in again."
        }
    }

    @Test(arguments: [
        ("no-session", "The specified sso-session does not exist: \"ghost\"."),
        ("conflict", "The value for sso_region is inconsistent between profile (eu-central-1) and sso-session (us-east-1)."),
        ("partial", "The profile \"partial\" is configured to use SSO but is missing required configuration: sso_role_name, sso_region"),
    ])
    func invalidConfigurations(profile: String, message: String) async throws {
        let setup = try Setup(profile: profile)
        await #expect {
            _ = try await SSOCredentialProvider(context: setup.context).credentials()
        } throws: { error in
            (error as? CredentialsError)?.code == .invalidConfig && "\(error)".hasPrefix(message)
        }
    }

    @Test func profileWithoutSSOSettingsIsNotConfigured() async throws {
        let setup = try Setup(profile: "plain")
        await #expect(throws: CredentialsError.notConfigured("sso")) {
            try await SSOCredentialProvider(context: setup.context).credentials()
        }
    }

    /// Role credentials are fetched again once within botocore's 15-minute advisory window, not before.
    @Test func roleCredentialsAreFetchedAgainBeforeTheyExpire() async throws {
        let setup = try Setup(profile: "dev")
        try setup.cacheToken(key: "my-sso", expiresIn: 8 * 3600)
        let provider = SSOCredentialProvider(context: setup.context)
        #expect(try await provider.credentials().accessKeyID == "ASIA-SSO-1")
        setup.clock.advance(44 * 60)
        #expect(try await provider.credentials().accessKeyID == "ASIA-SSO-1")
        setup.clock.advance(2 * 60)
        #expect(try await provider.credentials().accessKeyID == "ASIA-SSO-2")
        #expect(setup.sso.roleCalls.withLock { $0.count } == 2)
    }

    /// Each role-credentials fetch reads the cache again (botocore does the same): a new
    /// `aws sso login` is used at the next fetch, not only once the old token expires.
    @Test func aNewSignInIsPickedUpAtTheNextFetch() async throws {
        let setup = try Setup(profile: "dev")
        try setup.cacheToken(key: "my-sso", expiresIn: 8 * 3600)
        let provider = SSOCredentialProvider(context: setup.context)
        _ = try await provider.credentials()
        try writeSSOToken(setup.folder, key: "my-sso", [
            ("accessToken", .string("new-sign-in")), ("expiresAt", .string(CacheTimestamp.format(setup.clock.now.addingTimeInterval(8 * 3600)))),
        ])
        setup.clock.advance(50 * 60)
        _ = try await provider.credentials()
        #expect(setup.sso.roleCalls.withLock { $0.map(\.accessToken) } == ["cached-access-token", "new-sign-in"])
    }

    /// A role assumed from an SSO profile (`source_profile`) gets its source credentials from SSO.
    @Test func roleAssumedFromAnSSOSourceProfile() async throws {
        let sts = StubSTS(expiration: TestClock().now.addingTimeInterval(3600))
        let setup = try Setup(profile: "admin", sts: sts)
        try setup.cacheToken(key: "my-sso", expiresIn: 3600)
        let credentials = try await CredentialChain.default(context: setup.context).credentials()
        #expect(credentials.accessKeyID == "ASIA-admin-1")
        #expect(sts.calls.withLock { $0.first?.source.accessKeyID } == "ASIA-SSO-1")
    }
}
