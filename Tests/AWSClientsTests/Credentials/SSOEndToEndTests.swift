import Foundation
import Testing
import AWSTestSupport
@testable import AWSClients

/// SSO, `aws login` and bearer auth end to end: sessions reading real `~/.aws` files, talking to
/// a loopback server that plays SSO, SSO OIDC and the sign-in service through
/// `AWS_ENDPOINT_URL_<SERVICE>`, then signing calls with what they got.
@Suite struct SSOEndToEndTests {
    static let startURL = "https://my-sso-portal.awsapps.com/start"
    static let config = """
        [profile dev]
        sso_session = my-sso
        sso_account_id = 111122223333
        sso_role_name = Developer
        region = us-west-2

        [sso-session my-sso]
        sso_start_url = \(startURL)
        sso_region = us-east-1
        sso_registration_scopes = sso:account:access

        [profile legacy]
        sso_start_url = \(startURL)
        sso_region = us-east-1
        sso_account_id = 111122223333
        sso_role_name = Developer
        region = us-west-2

        [profile console]
        login_session = arn:aws:iam::111122223333:user/alice
        region = us-east-1
        """

    /// A home folder with the config, a running server, and a session factory.
    struct World {
        let folder: TemporaryFolder
        let server: IdentityCenterServer

        init() throws {
            folder = try TemporaryFolder()
            server = try IdentityCenterServer()
            try folder.write(".aws/config", SSOEndToEndTests.config)
        }

        var environment: [String: String] {
            TransportEnvironment.adding(to: [
                "HOME": folder.path, "AWS_CONFIG_FILE": folder.path + "/.aws/config",
                "AWS_SHARED_CREDENTIALS_FILE": folder.path + "/.aws/credentials", "AWS_EC2_METADATA_DISABLED": "true",
            ].merging(server.environment) { $1 })
        }

        func session(_ profile: String) throws -> Session { try Session(profile: profile, environment: environment) }

        var ssoCachePath: String { folder.path + "/.aws/sso/cache/" + SHA1.hash(string: "my-sso").hexString + ".json" }

        /// The token `aws sso login` would have cached, with its client registration.
        func cacheSSOToken(access: String, expiresIn: TimeInterval, refreshToken: String = "refresh-1", key: String = "my-sso") throws {
            try writeSSOToken(folder, key: key, [
                ("startUrl", .string(SSOEndToEndTests.startURL)), ("region", .string("us-east-1")), ("accessToken", .string(access)),
                ("expiresAt", .string(CacheTimestamp.format(Date().addingTimeInterval(expiresIn)))),
                ("clientId", .string("client-1")), ("clientSecret", .string("secret-1")),
                ("registrationExpiresAt", .string(CacheTimestamp.format(Date().addingTimeInterval(86_400 * 90)))),
                ("refreshToken", .string(refreshToken)),
            ])
        }

        var loginCachePath: String {
            folder.path + "/.aws/login/cache/" + LoginTokenCache.key(sessionName: "arn:aws:iam::111122223333:user/alice") + ".json"
        }

        /// The session `aws login` would have cached.
        func cacheLoginSession(expiresAt: Date, refreshToken: String = "login-refresh-1") throws {
            let token: JSONValue = .object(JSONObject([
                ("accessToken", .object(JSONObject([
                    ("accessKeyId", .string("ASIAOLD")), ("secretAccessKey", .string("old-secret")), ("sessionToken", .string("old-token")),
                    ("accountId", .string("111122223333")), ("expiresAt", .string(CacheTimestamp.format(expiresAt))),
                ]))),
                ("tokenType", .string("aws_sigv4")), ("clientId", .string("arn:aws:signin:::devtools/same-device")),
                ("refreshToken", .string(refreshToken)), ("idToken", .string("id-token")),
                ("dpopKey", .string(P256SigningKeyTests.loginPEM)),
            ]))
            try folder.write(".aws/login/cache/" + LoginTokenCache.key(sessionName: "arn:aws:iam::111122223333:user/alice") + ".json",
                             PythonJSON.dumps(token))
        }
    }

    func callerKey(_ session: Session) async throws -> String? {
        try await session.client("sts").getCallerIdentity()["UserId"]?.string
    }

    @Test func cachedTokenGivesRoleCredentialsThatSignCalls() async throws {
        let world = try World()
        defer { world.server.stop() }
        world.server.withState { $0.validAccessTokens = ["access-1"] }
        try world.cacheSSOToken(access: "access-1", expiresIn: 3600)
        let session = try world.session("dev")
        #expect(try await callerKey(session) == "ASIASSO1")
        let fetch = try #require(world.server.requests(to: "/federation/credentials").first)
        #expect(fetch.path == "/federation/credentials?role_name=Developer&account_id=111122223333")
        #expect(fetch.headers["x-amz-sso_bearer_token"] == "access-1")
        #expect(fetch.headers["authorization"] == nil)
        #expect(world.server.requests(to: "/token").isEmpty)
        let credentials = try await session.credentials()
        #expect(credentials.source == "sso" && credentials.accountID == "111122223333")
    }

    @Test func legacyProfileWorksAndItsExpiredTokenSaysToSignInAgain() async throws {
        let world = try World()
        defer { world.server.stop() }
        world.server.withState { $0.validAccessTokens = ["legacy-access"] }
        try world.cacheSSOToken(access: "legacy-access", expiresIn: 3600, key: Self.startURL)
        #expect(try await callerKey(try world.session("legacy")) == "ASIASSO1")

        try world.cacheSSOToken(access: "legacy-access", expiresIn: -10, key: Self.startURL)
        await #expect {
            _ = try await world.session("legacy").credentials()
        } throws: { error in
            "\(error)".hasSuffix("To refresh this SSO session run `aws sso login --profile legacy`.")
        }
    }

    @Test func bearerAuthSendsTheSSOSessionToken() async throws {
        let world = try World()
        defer { world.server.stop() }
        world.server.withState { $0.validAccessTokens = ["access-1"] }
        try world.cacheSSOToken(access: "access-1", expiresIn: 3600)
        let spaces = try await world.session("dev").client("codecatalyst").listSpaces()
        #expect(spaces["items"]?[0]?["name"]?.string == "my-space")
        let call = try #require(world.server.requests(to: "/v1/spaces").first)
        #expect(call.headers["authorization"] == "Bearer access-1")
        #expect(call.headers["x-amz-date"] == nil)
    }

    @Test func tokenNearExpiryIsRefreshedThroughSSOOIDCWrittenBackAndSharedWithBearerAuth() async throws {
        let world = try World()
        defer { world.server.stop() }
        world.server.withState { $0.ssoRefreshTokens = ["refresh-1": "access-2"] }
        try world.cacheSSOToken(access: "access-1", expiresIn: 5 * 60)
        let session = try world.session("dev")
        #expect(try await callerKey(session) == "ASIASSO1")
        _ = try await session.client("codecatalyst").listSpaces()
        #expect(world.server.requests(to: "/token").count == 1)
        #expect(world.server.requests(to: "/v1/spaces").first?.headers["authorization"] == "Bearer access-2")
        #expect(world.server.requests(to: "/federation/credentials").first?.headers["x-amz-sso_bearer_token"] == "access-2")

        let cached = try readJSONObject(world.ssoCachePath)
        #expect(cached["accessToken"]?.string == "access-2")
        #expect(cached["refreshToken"]?.string == "rotated-refresh-1")
        let expiresAt = try #require(cached["expiresAt"]?.string.flatMap(CacheTimestamp.parse))
        #expect(abs(expiresAt.timeIntervalSinceNow - 28_800) < 30)
        let refreshCall = try #require(world.server.requests(to: "/token").first)
        let refresh = try #require(try JSONValue.parse(refreshCall.body).object)
        #expect(refresh == JSONObject([("grantType", .string("refresh_token")), ("clientId", .string("client-1")),
                                       ("clientSecret", .string("secret-1")), ("refreshToken", .string("refresh-1"))]))
    }

    @Test func expiredTokenWhoseRefreshIsRefusedSaysToRunSSOLogin() async throws {
        let world = try World()
        defer { world.server.stop() }
        try world.cacheSSOToken(access: "access-1", expiresIn: -60, refreshToken: "revoked")
        await #expect {
            _ = try await world.session("dev").credentials()
        } throws: { error in
            (error as? CredentialsError)?.code == .loginRequired
                && "\(error)" == "Error when retrieving token from sso: Token has expired and refresh failed. "
                + "Run `aws sso login --profile dev` to sign in again."
        }
        #expect(world.server.requests(to: "/token").count == 1)
        await #expect {
            _ = try await world.session("dev").client("codecatalyst").listSpaces()
        } throws: { error in
            "\(error)".contains("aws sso login --profile dev")
        }
    }

    @Test func missingTokenAndRevokedTokenSayToRunSSOLogin() async throws {
        let world = try World()
        defer { world.server.stop() }
        await #expect {
            _ = try await world.session("dev").credentials()
        } throws: { error in
            "\(error)" == "Error loading SSO Token: Token for my-sso does not exist. Run `aws sso login --profile dev` to sign in again."
        }
        try world.cacheSSOToken(access: "revoked-access", expiresIn: 3600)
        await #expect {
            _ = try await world.session("dev").credentials()
        } throws: { error in
            "\(error)" == "The SSO session associated with this profile has expired or is otherwise invalid. "
                + "To refresh this SSO session run `aws sso login --profile dev`."
        }
    }

    /// Role credentials that come back with 10 minutes left are inside the mandatory window:
    /// each use fetches again rather than sign with credentials about to expire.
    @Test func shortLivedRoleCredentialsAreFetchedAgain() async throws {
        let world = try World()
        defer { world.server.stop() }
        world.server.withState { $0.validAccessTokens = ["access-1"]; $0.roleCredentialsLifetime = 9 * 60 }
        try world.cacheSSOToken(access: "access-1", expiresIn: 3600)
        let session = try world.session("dev")
        #expect(try await callerKey(session) == "ASIASSO1")
        #expect(try await callerKey(session) == "ASIASSO2")
    }

    @Test func awsLoginSessionIsRefreshedThroughSigninWithADPoPProof() async throws {
        let world = try World()
        defer { world.server.stop() }
        world.server.withState { $0.loginRefreshTokens = ["login-refresh-1": "ASIALOGIN1"] }
        try world.cacheLoginSession(expiresAt: Date().addingTimeInterval(-60))
        let session = try world.session("console")
        #expect(try await callerKey(session) == "ASIALOGIN1")

        let call = try #require(world.server.requests(to: "/v1/token").first)
        #expect(call.headers["authorization"] == nil)
        let body = try JSONValue.parse(call.body)
        #expect(body["clientId"]?.string == "arn:aws:signin:::devtools/same-device" && body["grantType"]?.string == "refresh_token")
        let dpop = try #require(call.headers["dpop"]).split(separator: ".").map(String.init)
        #expect(dpop.count == 3)
        var payloadText = dpop[1].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while payloadText.count % 4 != 0 { payloadText += "=" }
        let payload = try JSONValue.parse(try #require(Data(base64Encoded: payloadText)))
        #expect(payload["htm"]?.string == "POST" && payload["htu"]?.string == world.server.baseURL + "/v1/token")

        let cached = try readJSONObject(world.loginCachePath)
        #expect(cached.keys == ["accessToken", "tokenType", "clientId", "refreshToken", "idToken", "dpopKey"])
        #expect(cached["accessToken"]?["accessKeyId"]?.string == "ASIALOGIN1")
        #expect(cached["accessToken"]?["accountId"]?.string == "111122223333")
        #expect(cached["refreshToken"]?.string == "next-login-refresh-1")
        #expect(cached["idToken"]?.string == "id-token")
    }

    @Test func awsLoginRefreshRefusedSaysToSignInAgain() async throws {
        let world = try World()
        defer { world.server.stop() }
        world.server.withState { $0.loginDenial = "TOKEN_EXPIRED" }
        try world.cacheLoginSession(expiresAt: Date().addingTimeInterval(-60))
        await #expect {
            _ = try await world.session("console").credentials()
        } throws: { error in
            "\(error)" == "Your session has expired or credentials have changed. Please reauthenticate using 'aws login'."
        }
    }
}
