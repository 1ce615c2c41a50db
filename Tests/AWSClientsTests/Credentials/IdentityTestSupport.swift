import Foundation
import Synchronization
@testable import AWSClients

/// Records SSO calls and answers from settable results: role credentials numbered by call, and
/// `CreateToken` answers (or a `ClientError`) in order. An optional gate holds every call until
/// opened, so tests can pile callers onto one refresh.
final class StubSSOFetcher: SSOServiceFetcher {
    let roleCalls = Mutex<[SSORoleCredentialsRequest]>([])
    let tokenCalls = Mutex<[SSOCreateTokenRequest]>([])
    let tokenAnswers: Mutex<[Result<SSOCreateTokenResponse, ClientError>]>
    let roleError: Mutex<ClientError?>
    let expiration: Date
    let gate: Gate?

    init(expiration: Date, tokenAnswers: [Result<SSOCreateTokenResponse, ClientError>] = [], roleError: ClientError? = nil,
         gate: Gate? = nil) {
        self.expiration = expiration
        self.tokenAnswers = Mutex(tokenAnswers)
        self.roleError = Mutex(roleError)
        self.gate = gate
    }

    func getRoleCredentials(_ request: SSORoleCredentialsRequest) async throws -> Credentials {
        let count = roleCalls.withLock { $0.append(request); return $0.count }
        await gate?.wait()
        if let error = roleError.withLock({ $0 }) { throw error }
        return Credentials(accessKeyID: "ASIA-SSO-\(count)", secretAccessKey: "sso-secret-\(count)", sessionToken: "sso-token-\(count)",
                           expiration: expiration, source: "sso", accountID: request.accountID)
    }

    func createToken(_ request: SSOCreateTokenRequest) async throws -> SSOCreateTokenResponse {
        tokenCalls.withLock { $0.append(request) }
        await gate?.wait()
        let answer = tokenAnswers.withLock { answers in answers.isEmpty ? nil : answers.removeFirst() }
        guard let answer else { throw ClientError.stub("InvalidGrantException", status: 400) }
        return try answer.get()
    }
}

/// Records sign-in calls (with the DPoP header a fetcher would send for a fixed URL) and answers in order.
final class StubSigninFetcher: SigninServiceFetcher {
    let calls = Mutex<[(request: LoginTokenRefreshRequest, dpop: String)]>([])
    let answers: Mutex<[Result<LoginTokenRefreshResponse?, ClientError>]>

    init(_ answers: [Result<LoginTokenRefreshResponse?, ClientError>]) { self.answers = Mutex(answers) }

    func createOAuth2Token(_ request: LoginTokenRefreshRequest) async throws -> LoginTokenRefreshResponse? {
        let dpop = request.proof.header(url: "https://us-east-1.signin.aws.amazon.com/v1/token", issuedAt: Date())
        calls.withLock { $0.append((request, dpop)) }
        let answer = answers.withLock { answers in answers.isEmpty ? nil : answers.removeFirst() }
        guard let answer else { throw ClientError.stub("InternalServerException", status: 500) }
        return try answer.get()
    }
}

/// An async gate: `wait()` suspends until `open()`.
final class Gate: Sendable {
    private let state = Mutex<(open: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

    func wait() async {
        await withCheckedContinuation { continuation in
            let resume = state.withLock { state -> Bool in
                if state.open { return true }
                state.waiters.append(continuation)
                return false
            }
            if resume { continuation.resume() }
        }
    }

    func open() {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.open = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }
}

extension ClientError {
    /// A service error as a client would throw it, with `fields` as modeled members.
    static func stub(_ code: String, status: Int, message: String = "stub", fields: [String: Document] = [:]) -> ClientError {
        var response = Document.map(fields)
        response["Error"] = ["Code": .string(code), "Message": .string(message)]
        return ClientError(code: code, message: message, statusCode: status, requestID: nil, operation: "Stub", response: response)
    }
}

/// A context whose home (and so the SSO and login caches) is `folder`.
func identityContext(_ shared: SharedConfig, folder: TemporaryFolder, env: [String: String] = [:], sts: (any STSCredentialsFetcher)? = nil,
                     sso: (any SSOServiceFetcher)? = nil, signin: (any SigninServiceFetcher)? = nil,
                     mfa: MFATokenProvider? = nil, clock: TestClock) -> CredentialProviderContext {
    var context = makeContext(shared, env: ["HOME": folder.path].merging(env) { $1 }, sts: sts, clock: clock)
    context.sso = sso
    context.signin = signin
    context.mfaTokenProvider = mfa
    return context
}

/// Writes an SSO cache entry the way the CLI does, under `folder`'s `~/.aws/sso/cache`.
@discardableResult
func writeSSOToken(_ folder: TemporaryFolder, key: String, _ fields: [(String, JSONValue)]) throws -> String {
    let name = ".aws/sso/cache/" + SHA1.hash(string: key).hexString + ".json"
    return try folder.write(name, PythonJSON.dumps(.object(JSONObject(fields))))
}

/// The JSON object in the file at `path`.
func readJSONObject(_ path: String) throws -> JSONObject {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    guard let object = try JSONValue.parse(data).object else { throw CredentialsError(.invalidConfig, provider: "test", "not an object") }
    return object
}
