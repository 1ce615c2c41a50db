import Foundation
import Testing
import AWSTestSupport
@testable import AWSClients

/// The same `~/.aws` files work in botocore 1.43 (the AWS CLI's library) and here, both ways: a
/// cache botocore's own code writes (`SSOTokenLoader`, `JSONFileCache`, `LoginTokenLoader`) is read
/// by this SDK, a cache this SDK rewrites after a refresh is read by botocore's loaders and
/// providers, and botocore's SSO credential provider gets credentials from the same files and
/// loopback server.
@Suite struct BotocoreCacheCrossCheckTests {
    /// Runs a Python script with botocore in the world's home, reaching the world's server.
    func python(_ world: SSOEndToEndTests.World, _ script: String, _ arguments: [String] = []) async throws -> String {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("AWS_") }
        environment.merge(world.environment) { $1 }
        environment["AWS_LOGIN_CACHE_DIRECTORY"] = world.folder.path + "/.aws/login/cache"
        return try await ShortCommand.output(of: "python3", ["-c", script] + arguments, environment: environment)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func ssoCacheWrittenByBotocoreIsReadHere() async throws {
        let world = try SSOEndToEndTests.World()
        defer { world.server.stop() }
        world.server.withState { $0.validAccessTokens = ["botocore-access"] }
        _ = try await python(world, """
            import datetime, os
            from botocore.utils import JSONFileCache, SSOTokenLoader
            from botocore.tokens import _sso_json_dumps
            cache = JSONFileCache(os.path.expanduser('~/.aws/sso/cache'), dumps_func=_sso_json_dumps)
            expires = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1)
            SSOTokenLoader(cache).save_token('\(SSOEndToEndTests.startURL)', {
                'startUrl': '\(SSOEndToEndTests.startURL)', 'region': 'us-east-1', 'accessToken': 'botocore-access',
                'expiresAt': expires, 'clientId': 'client-1', 'clientSecret': 'secret-1',
                'registrationExpiresAt': expires + datetime.timedelta(days=90), 'refreshToken': 'refresh-1'}, session_name='my-sso')
            """)
        #expect(FileManager.default.fileExists(atPath: world.ssoCachePath))
        let session = try world.session("dev")
        #expect(try await session.client("sts").getCallerIdentity()["UserId"]?.string == "ASIASSO1")
        #expect(world.server.requests(to: "/token").isEmpty)
    }

    @Test func ssoCacheRefreshedHereIsReadByBotocore() async throws {
        let world = try SSOEndToEndTests.World()
        defer { world.server.stop() }
        world.server.withState { $0.ssoRefreshTokens = ["refresh-1": "swift-refreshed"] }
        try world.cacheSSOToken(access: "old-access", expiresIn: 60)
        _ = try await world.session("dev").credentials()
        #expect(world.server.requests(to: "/token").count == 1)

        // botocore's loader reads the entry this SDK wrote...
        let loaded = try await python(world, """
            import json, os
            from botocore.utils import JSONFileCache, SSOTokenLoader
            token = SSOTokenLoader(JSONFileCache(os.path.expanduser('~/.aws/sso/cache')))('\(SSOEndToEndTests.startURL)', session_name='my-sso')
            print(json.dumps(token, sort_keys=True))
            """)
        let token = try JSONValue.parse(loaded)
        #expect(token["accessToken"]?.string == "swift-refreshed")
        #expect(token["refreshToken"]?.string == "rotated-refresh-1")
        #expect(token["clientId"]?.string == "client-1" && token["clientSecret"]?.string == "secret-1")
        // ...byte for byte as botocore's own refresh would have written it (json.dumps of the same dict)...
        let rewritten = try await python(world, """
            import json, os, sys
            path = sys.argv[1]
            data = json.load(open(path))
            print(json.dumps(data) == open(path).read())
            """, [world.ssoCachePath])
        #expect(rewritten == "True")
        // ...and botocore's SSOTokenProvider takes it as it is, without refreshing again.
        let frozen = try await python(world, """
            import botocore.session
            from botocore.tokens import SSOTokenProvider
            session = botocore.session.Session(profile='dev')
            print(SSOTokenProvider(session).load_token().get_frozen_token().token)
            """)
        #expect(frozen == "swift-refreshed")
        #expect(world.server.requests(to: "/token").count == 1)
    }

    /// botocore's SSO credential provider, given the same config, cache and endpoint settings,
    /// gets role credentials from the same loopback server.
    @Test func botocoreGetsSSOCredentialsFromTheSameFiles() async throws {
        let world = try SSOEndToEndTests.World()
        defer { world.server.stop() }
        world.server.withState { $0.validAccessTokens = ["shared-access"] }
        try world.cacheSSOToken(access: "shared-access", expiresIn: 3600)
        let key = try await python(world, """
            import botocore.session
            credentials = botocore.session.Session(profile='dev').get_credentials()
            print(credentials.method, credentials.get_frozen_credentials().access_key)
            """)
        #expect(key == "sso ASIASSO1")
        #expect(try await world.session("dev").credentials().accessKeyID == "ASIASSO2")
        #expect(world.server.requests(to: "/federation/credentials").map { $0.headers["x-amz-sso_bearer_token"] } == ["shared-access", "shared-access"])
    }

    @Test func loginCacheWrittenByBotocoreIsRefreshedHereAndReadBack() async throws {
        let world = try SSOEndToEndTests.World()
        defer { world.server.stop() }
        world.server.withState { $0.loginRefreshTokens = ["botocore-refresh": "ASIALOGIN1"] }
        _ = try await python(world, """
            import os, sys
            from botocore.utils import JSONFileCache, LoginTokenLoader, get_login_token_cache_directory
            LoginTokenLoader(JSONFileCache(get_login_token_cache_directory())).save_token('arn:aws:iam::111122223333:user/alice', {
                'accessToken': {'accessKeyId': 'ASIAOLD', 'secretAccessKey': 'old', 'sessionToken': 'old',
                                'accountId': '111122223333', 'expiresAt': '2020-01-01T00:00:00Z'},
                'tokenType': 'aws_sigv4', 'clientId': 'arn:aws:signin:::devtools/same-device',
                'refreshToken': 'botocore-refresh', 'idToken': 'id', 'dpopKey': sys.argv[1]})
            """, [P256SigningKeyTests.loginPEM])
        let session = try world.session("console")
        #expect(try await session.client("sts").getCallerIdentity()["UserId"]?.string == "ASIALOGIN1")

        let dpop = try #require(world.server.withState { $0.dpopHeaders.first })
        let checked = try await python(world, """
            import base64, json, sys
            from botocore.utils import JSONFileCache, LoginTokenLoader, get_login_token_cache_directory
            from cryptography.hazmat.primitives import hashes, serialization
            from cryptography.hazmat.primitives.asymmetric import ec
            from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
            token = LoginTokenLoader(JSONFileCache(get_login_token_cache_directory())).load_token('arn:aws:iam::111122223333:user/alice')
            head, body, sig = sys.argv[1].split('.')
            raw = base64.urlsafe_b64decode(sig + '=' * (-len(sig) % 4))
            key = serialization.load_pem_private_key(token['dpopKey'].encode(), None).public_key()
            key.verify(encode_dss_signature(int.from_bytes(raw[:32], 'big'), int.from_bytes(raw[32:], 'big')),
                       (head + '.' + body).encode(), ec.ECDSA(hashes.SHA256()))
            payload = json.loads(base64.urlsafe_b64decode(body + '=' * (-len(body) % 4)))
            print(json.dumps({'access': token['accessToken'], 'refresh': token['refreshToken'], 'htu': payload['htu']}, sort_keys=True))
            """, [dpop])
        let result = try JSONValue.parse(checked)
        #expect(result["access"]?["accessKeyId"]?.string == "ASIALOGIN1")
        #expect(result["access"]?["accountId"]?.string == "111122223333")
        #expect(result["refresh"]?.string == "next-botocore-refresh")
        #expect(result["htu"]?.string == world.server.baseURL + "/v1/token")
        let expiresAt = try #require(result["access"]?["expiresAt"]?.string.flatMap(CacheTimestamp.parse))
        #expect(abs(expiresAt.timeIntervalSinceNow - 900) < 30)
    }
}
