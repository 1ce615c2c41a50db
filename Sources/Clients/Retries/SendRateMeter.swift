/// Measures the rate a client sends at (botocore's `RateClocker`): responses are counted in
/// half-second buckets, and each closed bucket's rate is smoothed into the measurement.
struct SendRateMeter {
    static let smoothing = 0.8
    static let bucketsPerSecond = 2.0

    private(set) var measuredRate = 0.0
    private var lastBucket: Double
    private var count = 0.0

    init(now: Double) {
        lastBucket = now.rounded(.down)
    }

    /// Counts one response at `now`; returns the measured rate.
    mutating func record(now: Double) -> Double {
        let bucket = (now * Self.bucketsPerSecond).rounded(.down) / Self.bucketsPerSecond
        count += 1
        if bucket > lastBucket {
            let currentRate = count / (bucket - lastBucket)
            measuredRate = currentRate * Self.smoothing + measuredRate * (1 - Self.smoothing)
            count = 0
            lastBucket = bucket
        }
        return measuredRate
    }
}
