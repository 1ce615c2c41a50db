import Foundation

/// One `sso-session`'s bearer token, as botocore's `SSOTokenProvider` hands it out through a
/// `DeferredRefreshableToken`: read from the CLI's cache, refreshed with SSO OIDC `CreateToken`
/// when it has less than 15 minutes left, and written back to the cache.
///
/// The cached token is re-read (and refreshed if need be) once it is within 15 minutes of expiry:
/// in the advisory window (15 to 10 minutes left) one caller refreshes while the others keep the
/// current token, and a failed refresh keeps it; in the mandatory window (under 10 minutes) every
/// caller waits for the one refresh in flight, and a failure is thrown. Attempts are at least a
/// minute apart, as in botocore; an expired token is never handed out in the meantime.
actor SSOTokenRefresher {
    /// Refresh through `CreateToken` with less than this left (botocore's `_REFRESH_WINDOW`).
    static let refreshWindow: TimeInterval = 15 * 60
    static let advisoryWindow: TimeInterval = 15 * 60
    static let mandatoryWindow: TimeInterval = 10 * 60
    /// The least time between two attempts (botocore's `_attempt_timeout`).
    static let attemptInterval: TimeInterval = 60

    let settings: SSOTokenSettings
    let cache: SSOTokenCache
    let fetcher: (any SSOServiceFetcher)?
    let now: @Sendable () -> Date
    /// The profile named in error messages (`aws sso login --profile NAME`).
    let profileName: String
    private var current: AuthToken?
    private var nextAttempt: Date?
    private var inFlight: Task<AuthToken, any Error>?

    init(settings: SSOTokenSettings, cache: SSOTokenCache, fetcher: (any SSOServiceFetcher)?, profileName: String,
         now: @escaping @Sendable () -> Date) {
        self.settings = settings
        self.cache = cache
        self.fetcher = fetcher
        self.profileName = profileName
        self.now = now
    }

    private enum Need { case none, advisory, mandatory, expiredUntilNextAttempt }

    /// The token, read or refreshed first when botocore's windows say so.
    func token() async throws -> AuthToken {
        let token: AuthToken?
        switch need(at: now()) {
        case .none:
            token = current
        case .advisory:
            // A failed advisory refresh keeps the current token; another caller's refresh is not waited for.
            if inFlight == nil, let refreshed = try? await refresh() { token = refreshed } else { token = current }
        case .mandatory:
            token = try await refresh()
        case .expiredUntilNextAttempt:
            throw expiredError
        }
        guard let token else { throw expiredError }
        if let expiration = token.expiration, expiration <= now() { throw expiredError }
        return token
    }

    /// The token read from the cache again now (joining a refresh in flight), refreshed first if
    /// it is due: what botocore's SSO credential provider does at each `GetRoleCredentials`, so a
    /// new `aws sso login` is picked up at the next credential refresh.
    func reloadedToken() async throws -> AuthToken {
        let token = try await refresh()
        if let expiration = token.expiration, expiration <= now() { throw expiredError }
        return token
    }

    private func need(at time: Date) -> Need {
        guard let current else { return .mandatory }
        guard let expiration = current.expiration else { return .none }
        if let nextAttempt, time < nextAttempt { return expiration <= time ? .expiredUntilNextAttempt : .none }
        let remaining = expiration.timeIntervalSince(time)
        if remaining < Self.mandatoryWindow { return .mandatory }
        return remaining < Self.advisoryWindow ? .advisory : .none
    }

    /// The refreshed token: the one in flight, or a new refresh (which becomes `current`).
    private func refresh() async throws -> AuthToken {
        if let inFlight { return try await inFlight.value }
        nextAttempt = now().addingTimeInterval(Self.attemptInterval)
        let task = Task { [settings, cache, fetcher, now, profileName] in
            try await Self.load(settings: settings, cache: cache, fetcher: fetcher, profileName: profileName, now: now)
        }
        inFlight = task
        defer { inFlight = nil }
        let token = try await task.value
        current = token
        return token
    }

    private var expiredError: CredentialsError {
        CredentialsError(.loginRequired, provider: "sso", "Error when retrieving token from sso: Token has expired and refresh failed. "
            + SSOTokenCache.loginHint(profile: profileName))
    }

    /// botocore's `_refresher`: the cached token, refreshed first when under 15 minutes remain
    /// and the cache holds what a refresh needs.
    static func load(settings: SSOTokenSettings, cache: SSOTokenCache, fetcher: (any SSOServiceFetcher)?, profileName: String,
                     now: @Sendable () -> Date) async throws -> AuthToken {
        let hint = SSOTokenCache.loginHint(profile: profileName)
        let token = try cache.load(startURL: settings.startURL, sessionName: settings.sessionName, hint: hint)
        guard let accessToken = token["accessToken"]?.string, let expiresAt = token["expiresAt"]?.string,
              let expiration = CacheTimestamp.parse(expiresAt) else {
            throw CredentialsError(.loginRequired, provider: "sso",
                "Error loading SSO Token: the cached token for \(settings.sessionName) has an unreadable expiresAt. \(hint)")
        }
        guard expiration.timeIntervalSince(now()) < refreshWindow,
              let refreshed = try await refreshed(token, settings: settings, fetcher: fetcher, now: now()) else {
            return AuthToken(accessToken, expiration: expiration)
        }
        do {
            try cache.save(refreshed.cacheEntry, startURL: settings.startURL, sessionName: settings.sessionName)
        } catch {
            throw CredentialsError(.retrievalFailed, provider: "sso",
                "The refreshed SSO token could not be written to \(cache.path(startURL: settings.startURL, sessionName: settings.sessionName)) "
                + "(\(error.localizedDescription)); check the folder's permissions.")
        }
        return refreshed.token
    }

    /// botocore's `_refresh_access_token`: `nil` (keep the cached token) when the cache lacks the
    /// registration, the registration has expired, or the service refuses the refresh.
    private static func refreshed(_ token: JSONObject, settings: SSOTokenSettings, fetcher: (any SSOServiceFetcher)?,
                                  now: Date) async throws -> (token: AuthToken, cacheEntry: JSONObject)? {
        guard let fetcher, let refreshToken = token["refreshToken"]?.string, let clientID = token["clientId"]?.string,
              let clientSecret = token["clientSecret"]?.string, let registrationExpiresAt = token["registrationExpiresAt"],
              let registrationExpiry = registrationExpiresAt.string.flatMap(CacheTimestamp.parse),
              registrationExpiry > now else {
            return nil
        }
        let response: SSOCreateTokenResponse
        do {
            response = try await fetcher.createToken(SSOCreateTokenRequest(region: settings.region, clientID: clientID,
                                                                           clientSecret: clientSecret, refreshToken: refreshToken))
        } catch is ClientError {
            return nil
        }
        let expiration = now.addingTimeInterval(TimeInterval(response.expiresIn))
        var entry = JSONObject([
            ("startUrl", .string(settings.startURL)), ("region", .string(settings.region)),
            ("accessToken", .string(response.accessToken)), ("expiresAt", .string(CacheTimestamp.format(expiration))),
            ("clientId", .string(clientID)), ("clientSecret", .string(clientSecret)),
            ("registrationExpiresAt", registrationExpiresAt),
        ])
        if let rotated = response.refreshToken { entry["refreshToken"] = .string(rotated) }
        return (AuthToken(response.accessToken, expiration: expiration), entry)
    }
}
