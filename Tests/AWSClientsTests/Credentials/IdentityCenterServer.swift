import Foundation
import Synchronization
@testable import AWSClients

/// A loopback server that plays IAM Identity Center and the sign-in service for end-to-end tests:
/// SSO `GetRoleCredentials` (`GET /federation/credentials`), SSO OIDC `CreateToken` (`POST /token`),
/// sign-in `CreateOAuth2Token` (`POST /v1/token`), plus two services to send signed calls to: STS
/// `GetCallerIdentity` (answers with the access key the request was signed with) and CodeCatalyst
/// `ListSpaces` (answers only to a valid bearer token).
///
/// Sessions reach it through `AWS_ENDPOINT_URL_SSO`, `_SSO_OIDC`, `_SIGNIN`, `_STS` and
/// `_CODECATALYST` (`environment`).
final class IdentityCenterServer: Sendable {
    struct State {
        /// Access tokens GetRoleCredentials and CodeCatalyst accept.
        var validAccessTokens: Set<String> = []
        /// SSO OIDC refresh token → the access token it yields.
        var ssoRefreshTokens: [String: String] = [:]
        /// Sign-in refresh token → the access key id it yields; or an `AccessDeniedException` error field.
        var loginRefreshTokens: [String: String] = [:]
        var loginDenial: String?
        var roleCredentialsLifetime: TimeInterval = 3600
        var issued = 0
        /// DPoP headers received, with the URL path they came to.
        var dpopHeaders: [String] = []
    }

    /// The state, shared with the serving thread.
    final class Shared: Sendable {
        let state = Mutex(State())
    }

    let shared = Shared()
    let http: LocalHTTPServer

    init() throws {
        let shared = self.shared
        http = try LocalHTTPServer { request in Self.answer(request, shared.state) }
    }

    /// Changes or reads the state.
    func withState<T: Sendable>(_ body: (inout sending State) -> sending T) -> T { shared.state.withLock(body) }

    func stop() { http.stop() }

    var baseURL: String { http.baseURL }
    var requests: [LocalHTTPServer.Request] { http.requests }
    func requests(to path: String) -> [LocalHTTPServer.Request] { requests.filter { $0.path.hasPrefix(path) } }

    /// Endpoint variables sending every identity and test service here.
    var environment: [String: String] {
        ["AWS_ENDPOINT_URL_SSO": baseURL, "AWS_ENDPOINT_URL_SSO_OIDC": baseURL, "AWS_ENDPOINT_URL_SIGNIN": baseURL,
         "AWS_ENDPOINT_URL_STS": baseURL, "AWS_ENDPOINT_URL_CODECATALYST": baseURL]
    }

    private static func json(_ status: Int, _ body: String, errorType: String? = nil) -> LocalHTTPServer.Response {
        var headers = [("Content-Type", "application/json")]
        if let errorType { headers.append(("x-amzn-ErrorType", errorType)) }
        return .init(status: status, headers: headers, body: body)
    }

    private static func answer(_ request: LocalHTTPServer.Request, _ state: borrowing Mutex<State>) -> LocalHTTPServer.Response {
        let body = (try? JSONValue.parse(request.body)) ?? .null
        if request.method == "GET", request.path.hasPrefix("/federation/credentials") {
            let token = request.headers["x-amz-sso_bearer_token"] ?? ""
            return state.withLock { state in
                guard state.validAccessTokens.contains(token) else {
                    return json(401, #"{"message":"Session token not found or invalid"}"#, errorType: "UnauthorizedException")
                }
                state.issued += 1
                let expiration = Int((Date().timeIntervalSince1970 + state.roleCredentialsLifetime) * 1000)
                return json(200, #"{"roleCredentials":{"accessKeyId":"ASIASSO\#(state.issued)","secretAccessKey":"sso-secret","#
                            + #""sessionToken":"sso-session-\#(state.issued)","expiration":\#(expiration)}}"#)
            }
        }
        if request.method == "POST", request.path == "/token" {
            let refreshToken = body["refreshToken"]?.string ?? ""
            return state.withLock { state in
                guard body["grantType"]?.string == "refresh_token", body["clientSecret"]?.string != nil,
                      let access = state.ssoRefreshTokens.removeValue(forKey: refreshToken) else {
                    return json(400, #"{"error":"invalid_grant","error_description":"Invalid refresh token provided"}"#,
                                errorType: "InvalidGrantException")
                }
                state.validAccessTokens.insert(access)
                state.ssoRefreshTokens["rotated-" + refreshToken] = access + "-next"
                return json(200, #"{"accessToken":"\#(access)","tokenType":"Bearer","expiresIn":28800,"refreshToken":"rotated-\#(refreshToken)"}"#)
            }
        }
        if request.method == "POST", request.path == "/v1/token" {
            return state.withLock { state in
                state.dpopHeaders.append(request.headers["dpop"] ?? "")
                if let denial = state.loginDenial {
                    return json(400, #"{"error":"\#(denial)","message":"denied"}"#, errorType: "AccessDeniedException")
                }
                guard body["grantType"]?.string == "refresh_token", let refreshToken = body["refreshToken"]?.string,
                      let keyID = state.loginRefreshTokens.removeValue(forKey: refreshToken) else {
                    return json(400, #"{"error":"TOKEN_EXPIRED","message":"expired"}"#, errorType: "AccessDeniedException")
                }
                state.loginRefreshTokens["next-" + refreshToken] = keyID + "NEXT"
                return json(200, #"{"accessToken":{"accessKeyId":"\#(keyID)","secretAccessKey":"login-secret","sessionToken":"login-token"},"#
                            + #""tokenType":"aws_sigv4","expiresIn":900,"refreshToken":"next-\#(refreshToken)"}"#)
            }
        }
        if request.method == "POST", request.path == "/v1/spaces" {
            let authorization = request.headers["authorization"] ?? ""
            let valid = state.withLock { $0.validAccessTokens.contains(String(authorization.dropFirst("Bearer ".count))) }
            guard authorization.hasPrefix("Bearer "), valid else {
                return json(403, #"{"message":"Unauthorized"}"#, errorType: "AccessDeniedException")
            }
            return json(200, #"{"items":[{"name":"my-space","regionName":"us-west-2"}]}"#)
        }
        if request.method == "POST", request.path == "/", String(decoding: request.body, as: UTF8.self).contains("Action=GetCallerIdentity") {
            let authorization = request.headers["authorization"] ?? ""
            let keyID = authorization.components(separatedBy: "Credential=").dropFirst().first?.split(separator: "/").first.map(String.init) ?? "?"
            return .init(status: 200, headers: [("Content-Type", "text/xml")], body: """
                <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>
                <Arn>arn:aws:sts::111122223333:assumed-role/Developer/\(keyID)</Arn><UserId>\(keyID)</UserId><Account>111122223333</Account>
                </GetCallerIdentityResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>
                """)
        }
        return json(404, #"{"message":"no route for \#(request.method) \#(request.path)"}"#, errorType: "NotFound")
    }
}
