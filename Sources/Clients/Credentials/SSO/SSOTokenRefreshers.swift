import Foundation
import Synchronization

/// The token refreshers of one credential context, one per profile and `sso-session`: the SSO
/// credential provider and the bearer-token provider of the same profile share one, so a token
/// is refreshed once for both.
final class SSOTokenRefreshers: Sendable {
    private struct Key: Hashable {
        var profileName: String
        var settings: SSOTokenSettings
        var cache: SSOTokenCache
    }

    private let refreshers = Mutex<[Key: SSOTokenRefresher]>([:])

    init() {}

    /// The refresher of `settings` for `profileName`, created on first use.
    func refresher(profileName: String, settings: SSOTokenSettings, cache: SSOTokenCache,
                   fetcher: (any SSOServiceFetcher)?, now: @escaping @Sendable () -> Date) -> SSOTokenRefresher {
        refreshers.withLock { known in
            let key = Key(profileName: profileName, settings: settings, cache: cache)
            if let existing = known[key] { return existing }
            let created = SSOTokenRefresher(settings: settings, cache: cache, fetcher: fetcher, profileName: profileName, now: now)
            known[key] = created
            return created
        }
    }
}
