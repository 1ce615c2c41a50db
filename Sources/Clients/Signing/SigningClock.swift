import Foundation
import Synchronization

/// The clock requests are signed with: the local clock plus an offset learned from a server that
/// answered that the request time was skewed (`ClockSkewRules`). A session's clients share one,
/// so a correction made by one client's call holds for every client of the session.
package final class SigningClock: Sendable {
    private let base: @Sendable () -> Date
    private let storedOffset = Mutex<TimeInterval>(0)

    /// A clock reading `base` (the system clock by default), not yet corrected.
    package init(base: @escaping @Sendable () -> Date = { Date() }) {
        self.base = base
    }

    /// Seconds added to the local clock (positive when the local clock is behind the servers').
    package var offset: TimeInterval { storedOffset.withLock { $0 } }

    /// The corrected time.
    package func now() -> Date { base().addingTimeInterval(offset) }

    /// After an error response: when it says the request time was skewed, sets the offset from
    /// the server's `Date` and returns `true` (the caller signs again and retries once).
    package func correct(statusCode: Int, errorCode: String?, headers: HTTPHeaders) -> Bool {
        let local = base()
        let current = offset
        guard let skew = ClockSkewRules.correction(statusCode: statusCode, errorCode: errorCode, headers: headers,
                                                   clientTime: local.addingTimeInterval(current)) else { return false }
        storedOffset.withLock { $0 = current + skew }
        return true
    }
}
