import Synchronization

/// Adaptive retry mode's client-side rate limiter (botocore's `ClientRateLimiter`): off until
/// the first throttling response; from then on every request takes a token from a bucket whose
/// fill rate follows a CUBIC curve, cut on each throttle and grown back on successes, never above
/// twice the measured send rate. Shared by every request of a client.
public final class ClientRateLimiter: Sendable {
    static let maxRateAdjustScale = 2.0

    private struct State {
        var enabled = false
        var bucket: SendTokenBucket
        var cubic: CubicRateCalculator
        var meter: SendRateMeter
    }

    private let clock: RetryClock
    private let state: Mutex<State>

    /// Creates a limiter reading `clock`.
    public init(clock: RetryClock = .system) {
        self.clock = clock
        let now = clock.now()
        state = Mutex(State(bucket: SendTokenBucket(maxRate: 1, now: now), cubic: CubicRateCalculator(startingMaxRate: 0, startTime: now),
                            meter: SendRateMeter(now: now)))
    }

    /// Whether a throttling response has switched limiting on.
    public var isEnabled: Bool { state.withLock { $0.enabled } }
    /// The send rate allowed now (tokens per second).
    public var maxRate: Double { state.withLock { $0.bucket.fillRate } }
    /// The send rate measured from responses (per second).
    public var measuredRate: Double { state.withLock { $0.meter.measuredRate } }

    /// Before a request is sent: takes a token and returns 0, or returns the seconds to wait before
    /// asking again. Always 0 until limiting is on.
    public func sendingDelay() -> Double {
        let now = clock.now()
        return state.withLock { state in state.enabled ? state.bucket.acquire(now: now) : 0 }
    }

    /// After every response (or transport failure): measures the send rate and moves the allowed
    /// rate along the curve, cutting it on a throttling error.
    public func record(throttled: Bool) {
        let now = clock.now()
        state.withLock { state in
            let measured = state.meter.record(now: now)
            let newRate: Double
            if throttled {
                let rate = state.enabled ? min(measured, state.bucket.fillRate) : measured
                newRate = state.cubic.errorReceived(currentRate: rate, at: now)
                state.enabled = true
            } else {
                newRate = state.cubic.successReceived(at: now)
            }
            state.bucket.setMaxRate(min(newRate, Self.maxRateAdjustScale * measured), now: now)
        }
    }
}
