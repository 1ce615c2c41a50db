extension ClientRuntime {
    /// The most waits for a send token before an attempt goes out anyway (each wait is at most
    /// 2 s, the token bucket's slowest refill; the bound only keeps the loop finite).
    static let maximumSendTokenWaits = 1_000

    /// Waits out the retry strategy's client-side rate limit (adaptive mode) before an attempt is
    /// sent, taking a send token.
    func waitForSendToken() async throws {
        for _ in 0..<Self.maximumSendTokenWaits {
            let delay = retryStrategy.sendingDelay()
            guard delay > 0 else { return }
            try await sleep(delay)
        }
    }
}
