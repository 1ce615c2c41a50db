import Synchronization

/// Paces a transfer to at most a number of bytes per second (`TransferConfig.maxBandwidth`): each
/// request for bytes is given the next free slot of time, and waits for it.
final class BandwidthLimiter: Sendable {
    private let bytesPerSecond: Int64
    private let clock = ContinuousClock()
    private let nextFree: Mutex<ContinuousClock.Instant>

    init(bytesPerSecond: Int64) {
        self.bytesPerSecond = max(bytesPerSecond, 1)
        nextFree = Mutex(clock.now)
    }

    /// Waits until `bytes` more fit under the limit.
    func consume(_ bytes: Int64) async throws {
        guard bytes > 0 else { return }
        let duration = Duration.seconds(Double(bytes) / Double(bytesPerSecond))
        let start = nextFree.withLock { next in
            let start = max(next, clock.now)
            next = start + duration
            return start
        }
        if start > clock.now { try await clock.sleep(until: start) }
    }
}
