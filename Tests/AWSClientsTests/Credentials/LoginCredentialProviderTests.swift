import Foundation
import Testing
@testable import AWSClients

/// The `aws login` provider against botocore's own test cases (tests/unit/login), plus its error
/// mapping and cache location.
@Suite struct LoginCredentialProviderTests {
    /// botocore's `TestLoginProvider.FROZEN_TIME`: 2025-11-19T00:00:00Z.
    static let frozenTime = Date(timeIntervalSince1970: 1_763_510_400)

    struct Case: CustomTestStringConvertible, Sendable {
        let object: JSONObject
        var testDescription: String { object["documentation"]?.string ?? "?" }
    }

    static var cases: [Case] {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?
                .appendingPathComponent("login/login-provider-test-cases.json"),
              let data = try? Data(contentsOf: url), let list = (try? JSONValue.parse(data))?.array else { return [] }
        return list.compactMap { $0.object.map(Case.init) }
    }

    @Test func fixturesArePresent() {
        #expect(Self.cases.count == 8)
    }

    @Test(arguments: cases)
    func botocoreCase(_ testCase: Case) async throws {
        let folder = try TemporaryFolder()
        let cacheDirectory = folder.path + "/cache"
        try FileManager.default.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true)
        for pair in testCase.object["cacheContents"]?.object?.pairs ?? [] {
            try folder.write("cache/" + pair.key, PythonJSON.dumps(pair.value))
        }
        let shared = try folder.sharedConfig(config: testCase.object["configContents"]?.string ?? "", profile: "signin")
        var answers: [Result<LoginTokenRefreshResponse?, ClientError>] = []
        for call in testCase.object["mockApiCalls"]?.array ?? [] {
            if let status = call["responseCode"]?.int, status >= 400 {
                answers.append(.failure(.stub("ValidationException", status: status)))
            } else if let output = call["response"]?["tokenOutput"] {
                answers.append(.success(LoginTokenRefreshResponse(
                    accessKeyID: output["accessToken"]?["accessKeyId"]?.string ?? "", secretAccessKey: output["accessToken"]?["secretAccessKey"]?.string ?? "",
                    sessionToken: output["accessToken"]?["sessionToken"]?.string ?? "", expiresIn: output["expiresIn"]?.int ?? 0,
                    refreshToken: output["refreshToken"]?.string ?? "")))
            }
        }
        let signin = StubSigninFetcher(answers)
        let clock = TestClock(Self.frozenTime)
        let context = identityContext(shared, folder: folder, env: ["AWS_LOGIN_CACHE_DIRECTORY": cacheDirectory], signin: signin, clock: clock)
        let provider = LoginCredentialProvider(context: context)
        let result: Result<Credentials, any Error>
        do { result = .success(try await provider.credentials()) } catch { result = .failure(error) }

        for outcome in testCase.object["outcomes"]?.array ?? [] {
            switch outcome["result"]?.string {
            case "credentials":
                let credentials = try result.get()
                #expect(credentials.accessKeyID == outcome["accessKeyId"]?.string)
                #expect(credentials.secretAccessKey == outcome["secretAccessKey"]?.string)
                #expect(credentials.sessionToken == outcome["sessionToken"]?.string)
                #expect(credentials.accountID == outcome["accountId"]?.string)
                #expect(credentials.expiration == outcome["expiresAt"]?.string.flatMap(CacheTimestamp.parse))
                #expect(credentials.source == "login")
            case "cacheContents":
                for pair in outcome.object?.pairs ?? [] where pair.key != "result" {
                    #expect(try readJSONObject(cacheDirectory + "/" + pair.key) == pair.value.object, "cache file \(pair.key)")
                }
            case "error":
                #expect(throws: (any Error).self) { try result.get() }
            default:
                Issue.record("unknown outcome \(outcome)")
            }
        }
        // Each expected refresh call was made, with the cache's client id and refresh token and a DPoP proof.
        let expected = testCase.object["mockApiCalls"]?.array ?? []
        let calls = signin.calls.withLock { $0 }
        #expect(calls.count == expected.count)
        for (call, wanted) in zip(calls, expected) {
            #expect(call.request.clientID == wanted["request"]?["tokenInput"]?["clientId"]?.string)
            #expect(call.request.refreshToken == wanted["request"]?["tokenInput"]?["refreshToken"]?.string)
            #expect(call.dpop.split(separator: ".").count == 3)
        }
    }

    @Test(arguments: [
        ("TOKEN_EXPIRED", CredentialsError.Code.loginRequired,
         "Your session has expired or credentials have changed. Please reauthenticate using 'aws login'."),
        ("USER_CREDENTIALS_CHANGED", .loginRequired,
         "Your session has expired or credentials have changed. Please reauthenticate using 'aws login'."),
        ("INSUFFICIENT_PERMISSIONS", .retrievalFailed,
         "Unable to create or refresh login credentials due to insufficient permissions. You may be missing permission for the 'signin:CreateOAuth2Token' action."),
        ("server_error", .retrievalFailed,
         "An unspecified error happened when resolving AWS credentials or refreshing a login session profile."),
    ])
    func accessDeniedIsMappedByItsErrorField(field: String, code: CredentialsError.Code, message: String) async throws {
        let folder = try TemporaryFolder()
        try writeExpiredSession(folder)
        let shared = try folder.sharedConfig(config: "[profile signin]\nlogin_session = alice\n", profile: "signin")
        let signin = StubSigninFetcher([.failure(.stub("AccessDeniedException", status: 400, fields: ["error": .string(field)]))])
        let provider = LoginCredentialProvider(context: identityContext(shared, folder: folder, signin: signin, clock: TestClock(Self.frozenTime)))
        await #expect {
            _ = try await provider.credentials()
        } throws: { error in
            (error as? CredentialsError)?.code == code && "\(error)".contains(message)
        }
    }

    @Test func missingSessionSaysToRunAWSLogin() async throws {
        let folder = try TemporaryFolder()
        let shared = try folder.sharedConfig(config: "[profile signin]\nlogin_session = alice\n", profile: "signin")
        let provider = LoginCredentialProvider(context: identityContext(shared, folder: folder, clock: TestClock()))
        await #expect {
            _ = try await provider.credentials()
        } throws: { error in
            "\(error)" == "Error loading login session token: Unable to load a existing login session for session alice. "
                + "Please reauthenticate with 'aws login'."
        }
    }

    /// Without `AWS_LOGIN_CACHE_DIRECTORY` the cache is `~/.aws/login/cache`, keyed by SHA-256.
    @Test func defaultCacheIsUnderHome() async throws {
        let folder = try TemporaryFolder()
        let path = try writeExpiredSession(folder, expiresAt: "2030-01-01T00:00:00Z")
        #expect(path.hasSuffix("/.aws/login/cache/" + SHA256.hash(string: "alice").hexString + ".json"))
        let shared = try folder.sharedConfig(config: "[profile signin]\nlogin_session = alice\n", profile: "signin")
        let credentials = try await LoginCredentialProvider(context: identityContext(shared, folder: folder, clock: TestClock())).credentials()
        #expect(credentials.accessKeyID == "OLDKEY")
    }

    @Test func profileWithoutLoginSessionIsNotConfigured() async throws {
        let folder = try TemporaryFolder()
        let shared = try folder.sharedConfig(config: "[profile signin]\nregion = us-east-1\n", profile: "signin")
        await #expect(throws: CredentialsError.notConfigured("login")) {
            try await LoginCredentialProvider(context: identityContext(shared, folder: folder, clock: TestClock())).credentials()
        }
    }

    @discardableResult
    private func writeExpiredSession(_ folder: TemporaryFolder, expiresAt: String = "2020-01-01T00:00:00Z") throws -> String {
        let token: JSONValue = .object(JSONObject([
            ("accessToken", .object(JSONObject([
                ("accessKeyId", .string("OLDKEY")), ("secretAccessKey", .string("old-secret")), ("sessionToken", .string("old-token")),
                ("accountId", .string("012345678901")), ("expiresAt", .string(expiresAt)),
            ]))),
            ("clientId", .string("arn:aws:signin:::devtools/same-device")), ("refreshToken", .string("refresh")),
            ("dpopKey", .string(P256SigningKeyTests.loginPEM)),
        ]))
        return try folder.write(".aws/login/cache/" + SHA256.hash(string: "alice").hexString + ".json", PythonJSON.dumps(token))
    }
}
