import Foundation
import Synchronization
import AWSTesting
@testable import AWSClients

/// Scripts of (method, URL suffix) → response or error, answered by `AWSTesting`'s `StubTransport`
/// (which records each request and its timeouts); an unscripted request gets a 404.
enum RouteStub {
    struct Route: Sendable {
        var method: String
        var pathSuffix: String
        var result: Result<HTTPResponse, HTTPTransportError>
    }

    /// A transport answering from `routes` (the first matching one).
    static func transport(_ routes: [Route]) -> StubTransport {
        StubTransport { request in
            let url = request.url.absoluteString
            guard let route = routes.first(where: { $0.method == request.method && url.hasSuffix($0.pathSuffix) }) else {
                return HTTPResponse(statusCode: 404)
            }
            return try route.result.get()
        }
    }
}

extension RouteStub.Route {
    static func ok(_ method: String, _ suffix: String, _ body: String) -> Self {
        Self(method: method, pathSuffix: suffix, result: .success(HTTPResponse(statusCode: 200, body: Data(body.utf8))))
    }
    static func status(_ method: String, _ suffix: String, _ code: Int, _ body: String = "") -> Self {
        Self(method: method, pathSuffix: suffix, result: .success(HTTPResponse(statusCode: code, body: Data(body.utf8))))
    }
    static func fail(_ method: String, _ suffix: String, _ code: HTTPTransportError.Code) -> Self {
        Self(method: method, pathSuffix: suffix, result: .failure(HTTPTransportError(code, url: suffix, underlying: "stub")))
    }
}

/// Records STS calls and answers with numbered credentials.
final class StubSTS: STSCredentialsFetcher {
    let calls = Mutex<[(request: AssumeRoleRequest, source: Credentials)]>([])
    let webCalls = Mutex<[AssumeRoleWithWebIdentityRequest]>([])
    let expiration: Date

    init(expiration: Date = Date().addingTimeInterval(3600)) { self.expiration = expiration }

    func assumeRole(_ request: AssumeRoleRequest, sourceCredentials: Credentials) async throws -> Credentials {
        let count = calls.withLock { $0.append((request, sourceCredentials)); return $0.count }
        let role = request.roleARN.split(separator: "/").last.map(String.init) ?? "role"
        return Credentials(accessKeyID: "ASIA-\(role)-\(count)", secretAccessKey: "secret-\(role)", sessionToken: "token-\(role)",
                           expiration: expiration)
    }

    func assumeRoleWithWebIdentity(_ request: AssumeRoleWithWebIdentityRequest) async throws -> Credentials {
        webCalls.withLock { $0.append(request) }
        return Credentials(accessKeyID: "ASIA-WEB", secretAccessKey: "secret-web", sessionToken: "token-web", expiration: expiration)
    }
}

/// A settable clock.
final class TestClock: Sendable {
    private let time: Mutex<Date>
    init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) { time = Mutex(start) }
    var now: Date { time.withLock { $0 } }
    func advance(_ seconds: TimeInterval) { time.withLock { $0 = $0.addingTimeInterval(seconds) } }
    var function: @Sendable () -> Date {
        let clock = self
        return { clock.now }
    }
}

func makeContext(_ shared: SharedConfig, env: [String: String] = [:], transport: (any HTTPTransport)? = nil,
                 sts: (any STSCredentialsFetcher)? = nil, clock: TestClock? = nil) -> CredentialProviderContext {
    let now: @Sendable () -> Date
    if let clock { now = { clock.now } } else { now = { Date() } }
    let sleep: @Sendable (TimeInterval) async throws -> Void = { _ in }
    return CredentialProviderContext(sharedConfig: shared, environment: env, transport: transport, sts: sts, now: now, sleep: sleep)
}
