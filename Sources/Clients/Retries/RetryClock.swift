import Foundation

/// The clock adaptive retry mode measures rates with: seconds, monotonic enough for rates.
/// Injectable so the rate limiter's arithmetic is tested without waiting.
public struct RetryClock: Sendable {
    let now: @Sendable () -> Double

    /// The system's clock (seconds since 1970, as botocore's `time.time()`).
    public static let system = RetryClock { Date().timeIntervalSince1970 }

    /// A clock reading `now()`, for tests.
    public init(_ now: @escaping @Sendable () -> Double) { self.now = now }
}
