/// Turns a retry delay in seconds into a sleep that never traps: a negative or NaN delay is no
/// wait, and a delay beyond a day (legacy mode's `base * growth^(attempt-1)` grows without bound
/// when many attempts are configured) waits a day.
enum RetryDelay {
    /// The longest wait, in seconds.
    static let longestSeconds: Double = 86_400

    /// `seconds` as nanoseconds, clamped to 0...`longestSeconds`.
    static func nanoseconds(_ seconds: Double) -> UInt64 {
        guard seconds > 0 else { return 0 }  // also NaN
        return UInt64(min(seconds, longestSeconds) * 1_000_000_000)
    }

    /// Sleeps `seconds`, clamped as `nanoseconds(_:)` says.
    @Sendable static func sleep(_ seconds: Double) async throws {
        try await Task.sleep(nanoseconds: nanoseconds(seconds))
    }
}
