import Foundation
import Testing
@testable import AWSClients

/// The `sso-session` bearer token: read from the CLI's cache, refreshed through SSO OIDC
/// `CreateToken` in botocore's windows (15 minutes to refresh, 15/10 advisory/mandatory, a minute
/// between attempts), written back to the cache as botocore writes it, once however many ask.
@Suite struct SSOTokenProviderTests {
    struct Setup {
        let folder: TemporaryFolder
        let clock = TestClock()
        let sso: StubSSOFetcher
        let context: CredentialProviderContext
        var cachePath: String { folder.path + "/.aws/sso/cache/" + SHA1.hash(string: "my-sso").hexString + ".json" }

        init(profile: String = "dev", answers: [Result<SSOCreateTokenResponse, ClientError>] = [], gate: Gate? = nil) throws {
            folder = try TemporaryFolder()
            sso = StubSSOFetcher(expiration: clock.now.addingTimeInterval(3600), tokenAnswers: answers, gate: gate)
            let shared = try folder.sharedConfig(config: SSOCredentialProviderTests.config + """

                [profile session-without-url]
                sso_session = incomplete

                [sso-session incomplete]
                sso_region = us-east-1
                """, profile: profile)
            context = identityContext(shared, folder: folder, sso: sso, clock: clock)
        }

        /// A cache entry with the registration the CLI stores next to the token.
        func cacheToken(expiresIn: TimeInterval, registrationExpiresIn: TimeInterval = 90 * 86_400, refreshToken: String? = "refresh-1") throws {
            var fields: [(String, JSONValue)] = [
                ("startUrl", .string(SSOCredentialProviderTests.startURL)), ("region", .string("us-east-1")),
                ("accessToken", .string("cached-access-token")),
                ("expiresAt", .string(CacheTimestamp.format(clock.now.addingTimeInterval(expiresIn)))),
                ("clientId", .string("client-id")), ("clientSecret", .string("client-secret")),
                ("registrationExpiresAt", .string(CacheTimestamp.format(clock.now.addingTimeInterval(registrationExpiresIn)))),
            ]
            if let refreshToken { fields.append(("refreshToken", .string(refreshToken))) }
            try writeSSOToken(folder, key: "my-sso", fields)
        }
    }

    static let fresh = SSOCreateTokenResponse(accessToken: "refreshed-access-token", expiresIn: 28_800, refreshToken: "refresh-2")

    @Test func cachedTokenIsUsedAsItIsWithMoreThanFifteenMinutesLeft() async throws {
        let setup = try Setup()
        try setup.cacheToken(expiresIn: 20 * 60)
        let token = try await SSOTokenProvider(context: setup.context).token(signingName: "codecatalyst")
        #expect(token?.token == "cached-access-token")
        #expect(setup.sso.tokenCalls.withLock { $0.isEmpty })
    }

    @Test func tokenNearExpiryIsRefreshedAndWrittenBackAsBotocoreWritesIt() async throws {
        let setup = try Setup(answers: [.success(Self.fresh)])
        try setup.cacheToken(expiresIn: 5 * 60)
        let before = try readJSONObject(setup.cachePath)
        let token = try #require(try await SSOTokenProvider(context: setup.context).token(signingName: "codecatalyst"))
        #expect(token.token == "refreshed-access-token")
        #expect(token.expiration == setup.clock.now.addingTimeInterval(28_800))
        let call = try #require(setup.sso.tokenCalls.withLock { $0.first })
        #expect(call == SSOCreateTokenRequest(region: "us-east-1", clientID: "client-id", clientSecret: "client-secret",
                                              refreshToken: "refresh-1"))
        #expect(!"\(call)".contains("client-secret") && !"\(call)".contains("refresh-1"))

        let written = try readJSONObject(setup.cachePath)
        #expect(written.keys == ["startUrl", "region", "accessToken", "expiresAt", "clientId", "clientSecret",
                                 "registrationExpiresAt", "refreshToken"])
        #expect(written["accessToken"]?.string == "refreshed-access-token")
        #expect(written["expiresAt"]?.string == CacheTimestamp.format(setup.clock.now.addingTimeInterval(28_800)))
        #expect(written["refreshToken"]?.string == "refresh-2")
        #expect(written["registrationExpiresAt"] == before["registrationExpiresAt"])
        let attributes = try FileManager.default.attributesOfItem(atPath: setup.cachePath)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func advisoryRefreshFailureKeepsTheTokenAndWaitsAMinuteBeforeTryingAgain() async throws {
        let setup = try Setup(answers: [.failure(.stub("InvalidGrantException", status: 400))])
        try setup.cacheToken(expiresIn: 20 * 60)
        let provider = SSOTokenProvider(context: setup.context)
        #expect(try await provider.token(signingName: "x")?.token == "cached-access-token")
        setup.clock.advance(6 * 60)   // 14 minutes left: advisory
        #expect(try await provider.token(signingName: "x")?.token == "cached-access-token")
        #expect(setup.sso.tokenCalls.withLock { $0.count } == 1)
        setup.clock.advance(30)
        #expect(try await provider.token(signingName: "x")?.token == "cached-access-token")
        #expect(setup.sso.tokenCalls.withLock { $0.count } == 1)
        setup.clock.advance(31)
        _ = try await provider.token(signingName: "x")
        #expect(setup.sso.tokenCalls.withLock { $0.count } == 2)
    }

    @Test func expiredTokenWhoseRefreshFailsSaysToSignInAgain() async throws {
        let setup = try Setup(answers: [.failure(.stub("InvalidGrantException", status: 400))])
        try setup.cacheToken(expiresIn: -60)
        let provider = SSOTokenProvider(context: setup.context)
        for _ in 0..<2 {   // the second time within the minute: no new attempt, same error
            await #expect {
                _ = try await provider.token(signingName: "codecatalyst")
            } throws: { error in
                (error as? CredentialsError)?.code == .loginRequired
                    && "\(error)" == "Error when retrieving token from sso: Token has expired and refresh failed. "
                    + "Run `aws sso login --profile dev` to sign in again."
            }
        }
        #expect(setup.sso.tokenCalls.withLock { $0.count } == 1)
    }

    @Test(arguments: [(true, false), (false, true)])
    func noRefreshWithoutARefreshTokenOrWithAnExpiredRegistration(missingRefreshToken: Bool, registrationExpired: Bool) async throws {
        let setup = try Setup(answers: [.success(Self.fresh)])
        try setup.cacheToken(expiresIn: 5 * 60, registrationExpiresIn: registrationExpired ? -1 : 3600,
                             refreshToken: missingRefreshToken ? nil : "refresh-1")
        #expect(try await SSOTokenProvider(context: setup.context).token(signingName: "x")?.token == "cached-access-token")
        #expect(setup.sso.tokenCalls.withLock { $0.isEmpty })
    }

    @Test func aThousandCallersInTheMandatoryWindowMakeOneRefresh() async throws {
        let gate = Gate()
        let setup = try Setup(answers: [.success(Self.fresh)], gate: gate)
        try setup.cacheToken(expiresIn: 5 * 60)
        let provider = SSOTokenProvider(context: setup.context)
        let tokens = try await withThrowingTaskGroup(of: String?.self) { group in
            for _ in 0..<1000 { group.addTask { try await provider.token(signingName: "x")?.token } }
            while setup.sso.tokenCalls.withLock({ $0.isEmpty }) { await Task.yield() }
            for _ in 0..<500 { await Task.yield() }   // let the other callers reach the provider while the refresh is held
            gate.open()
            return try await group.reduce(into: [String?]()) { $0.append($1) }
        }
        #expect(Set(tokens) == ["refreshed-access-token"])
        #expect(setup.sso.tokenCalls.withLock { $0.count } == 1)
    }

    @Test func profileWithoutSSOSessionHasNoToken() async throws {
        let setup = try Setup(profile: "legacy")
        #expect(try await SSOTokenProvider(context: setup.context).token(signingName: "x") == nil)
    }

    @Test(arguments: [
        ("no-session", "The profile \"no-session\" is configured to use the SSO token provider but the \"ghost\" sso_session configuration does not exist."),
        ("session-without-url", "The profile \"session-without-url\" is configured to use the SSO token provider but is missing the following configuration: ['sso_start_url']."),
    ])
    func invalidSessions(profile: String, message: String) async throws {
        let setup = try Setup(profile: profile)
        await #expect {
            _ = try await SSOTokenProvider(context: setup.context).token(signingName: "x")
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
    }

    /// The credential provider and the token provider of a profile share one refresher.
    @Test func credentialAndTokenProvidersRefreshTheTokenOnce() async throws {
        let setup = try Setup(answers: [.success(Self.fresh)])
        try setup.cacheToken(expiresIn: 5 * 60)
        _ = try await SSOTokenProvider(context: setup.context).token(signingName: "x")
        _ = try await SSOCredentialProvider(context: setup.context).credentials()
        #expect(setup.sso.tokenCalls.withLock { $0.count } == 1)
        #expect(setup.sso.roleCalls.withLock { $0.first?.accessToken } == "refreshed-access-token")
    }
}
