import Foundation

/// Credentials of an `aws login` session (botocore's `LoginProvider`, method `login`), for a
/// profile with `login_session`:
///
/// ```ini
/// [profile console]
/// login_session = arn:aws:iam::111122223333:user/alice
/// region = us-east-1
/// ```
/// The credentials come from the cache `aws login` writes (`~/.aws/login/cache/<sha256 of the
/// session>.json`, or under `AWS_LOGIN_CACHE_DIRECTORY`). Before they expire (botocore's 15 and
/// 10 minute windows) the cache is read again, and if its credentials have 5 minutes or less
/// left they are refreshed through the sign-in service's `CreateOAuth2Token` with the cached
/// refresh token and a DPoP proof signed with the cached key; the refreshed session is written
/// back to the cache. Errors are botocore's: a missing or incomplete cache, a session that must
/// sign in again (`aws login`), missing permission for `signin:CreateOAuth2Token`.
public struct LoginCredentialProvider: CredentialProvider {
    /// The profile read.
    public let profileName: String
    /// The profile's `login_session`, `nil` when it has none.
    public let sessionName: String?
    private let refresher: RefreshingCredentialProvider?
    static let method = "login"
    /// Credentials with more than this left are used as cached (botocore's `_REFRESH_THRESHOLD`).
    static let refreshThreshold: TimeInterval = 5 * 60
    static let requiredFields = ["accessToken", "refreshToken", "dpopKey", "clientId"]

    /// Creates the provider for `profileName` (the selected profile when `nil`).
    public init(context: CredentialProviderContext, profileName: String? = nil) {
        let name = profileName ?? context.sharedConfig.profileName
        self.profileName = name
        sessionName = context.profileValue("login_session", profile: name)
        guard let sessionName else { refresher = nil; return }
        let cache = context.loginTokenCache, signin = context.signin, now = context.now
        refresher = RefreshingCredentialProvider(method: Self.method, sourceDescription: "aws login session of profile \(name)",
                                                 now: now) {
            try await Self.refresh(sessionName: sessionName, cache: cache, signin: signin, now: now)
        }
    }

    /// The session's credentials (read from the cache, refreshed before they expire).
    public func credentials() async throws -> Credentials {
        guard let refresher else { throw CredentialsError.notConfigured(Self.method) }
        return try await refresher.credentials()
    }

    /// "aws login session (login_session) of profile NAME".
    public var sourceDescription: String { "aws login session (login_session) of profile \(profileName)" }

    /// botocore's `LoginCredentialFetcher.refresh_credentials`, with `load_cached_credentials`'s checks.
    static func refresh(sessionName: String, cache: LoginTokenCache, signin: (any SigninServiceFetcher)?,
                        now: @Sendable () -> Date) async throws -> Credentials {
        guard var token = try cache.load(sessionName: sessionName) else {
            throw loadError("Unable to load a existing login session for session \(sessionName). Please reauthenticate with 'aws login'.")
        }
        let missing = requiredFields.filter { token[$0] == nil }
        guard missing.isEmpty else {
            throw loadError("Failed to load access token from token cache, missing required fields: \(missing.joined(separator: ", ")).")
        }
        let current = try credentials(from: token)
        if let expiration = current.expiration, expiration.timeIntervalSince(now()) > refreshThreshold { return current }
        let key = try privateKey(token)
        guard let signin else {
            throw CredentialsError(.retrievalFailed, provider: method, "no sign-in client is available to call CreateOAuth2Token")
        }
        guard let clientID = token["clientId"]?.string, let refreshToken = token["refreshToken"]?.string else {
            throw loadError("Failed to load access token from token cache: clientId and refreshToken must be strings.")
        }
        let output: LoginTokenRefreshResponse?
        do {
            output = try await signin.createOAuth2Token(LoginTokenRefreshRequest(clientID: clientID, refreshToken: refreshToken,
                                                                                 proof: DPoPProof(key: key)))
        } catch let error as ClientError where error.code == "AccessDeniedException" {
            throw accessDenied(error)
        }
        guard let output else {
            throw loadError("Unable to refresh access token due to an invalid service response. Please try running 'aws login' "
                + "again. If the issue persists, there may be a temporary signin service problem.")
        }
        let expiresAt = CacheTimestamp.format(now().addingTimeInterval(TimeInterval(output.expiresIn)))
        token["accessToken"] = .object(JSONObject([
            ("accessKeyId", .string(output.accessKeyID)), ("secretAccessKey", .string(output.secretAccessKey)),
            ("sessionToken", .string(output.sessionToken)), ("accountId", token["accessToken"]?["accountId"] ?? .null),
            ("expiresAt", .string(expiresAt)),
        ]))
        token["refreshToken"] = .string(output.refreshToken)
        do {
            try cache.save(token, sessionName: sessionName)
        } catch {
            throw CredentialsError(.retrievalFailed, provider: method, "The refreshed login session could not be written to "
                + "\(cache.path(sessionName: sessionName)) (\(error.localizedDescription)); check the folder's permissions.")
        }
        return try credentials(from: token)
    }

    /// botocore's `_token_to_credentials`.
    static func credentials(from token: JSONObject) throws(CredentialsError) -> Credentials {
        let access = token["accessToken"]?.object ?? JSONObject()
        let fields = ["accessKeyId", "secretAccessKey", "sessionToken", "accountId", "expiresAt"]
        let missing = fields.filter { access[$0]?.string == nil }
        guard missing.isEmpty, let keyID = access["accessKeyId"]?.string, let secret = access["secretAccessKey"]?.string,
              let sessionToken = access["sessionToken"]?.string, let expiresAt = access["expiresAt"]?.string else {
            throw loadError("Failed to load access token from token cache, missing required fields: "
                + missing.map { "accessToken.\($0)" }.joined(separator: ", ") + ".")
        }
        guard let expiration = CacheTimestamp.parse(expiresAt) else {
            throw loadError("Failed to load access token from token cache: accessToken.expiresAt is not a timestamp.")
        }
        return Credentials(accessKeyID: keyID, secretAccessKey: secret, sessionToken: sessionToken, expiration: expiration,
                           source: method, accountID: access["accountId"]?.string)
    }

    /// botocore's `_load_private_key`.
    static func privateKey(_ token: JSONObject) throws(CredentialsError) -> P256SigningKey {
        guard let pem = token["dpopKey"]?.string else { throw loadError("Private key not found in cached token.") }
        do {
            return try P256SigningKey(pem: pem)
        } catch {
            throw loadError("Unable to load private key from cached token.")
        }
    }

    /// botocore's `LoginTokenLoadError`.
    static func loadError(_ message: String) -> CredentialsError {
        CredentialsError(.loginRequired, provider: method, "Error loading login session token: \(message)")
    }

    /// An `AccessDeniedException` by its `error` field, as botocore maps it.
    static func accessDenied(_ error: ClientError) -> CredentialsError {
        switch error.response["error"]?.string ?? "" {
        case "TOKEN_EXPIRED", "USER_CREDENTIALS_CHANGED":
            return CredentialsError(.loginRequired, provider: method,
                                    "Your session has expired or credentials have changed. Please reauthenticate using 'aws login'.")
        case "INSUFFICIENT_PERMISSIONS":
            return CredentialsError(.retrievalFailed, provider: method, "Unable to create or refresh login credentials due to "
                + "insufficient permissions. You may be missing permission for the 'signin:CreateOAuth2Token' action.")
        default:
            return CredentialsError(.retrievalFailed, provider: method, "An unspecified error happened when resolving AWS "
                + "credentials or refreshing a login session profile. (\(error.code): \(error.message))")
        }
    }
}
