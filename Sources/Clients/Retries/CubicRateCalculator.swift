import Foundation

/// The CUBIC congestion-control curve adaptive mode sets its send rate with (botocore's
/// `retries/throttling.py`): after a throttle the rate drops to `beta` times the rate measured
/// then, and grows back as `scale * (t - k)^3 + wMax`, reaching the old rate `wMax` after `k` seconds.
struct CubicRateCalculator {
    static let scaleConstant = 0.4
    static let beta = 0.7

    /// The send rate when the last throttle came.
    private(set) var wMax: Double
    /// Seconds after a throttle at which the curve is back at `wMax`.
    private(set) var k: Double
    /// When the last throttle came.
    private(set) var lastFailure: Double

    init(startingMaxRate: Double, startTime: Double) {
        wMax = startingMaxRate
        lastFailure = startTime
        k = Self.zeroPoint(wMax)
    }

    private static func zeroPoint(_ wMax: Double) -> Double {
        Foundation.cbrt(wMax * (1 - beta) / scaleConstant)
    }

    /// The rate the curve allows at `time`, after a success.
    func successReceived(at time: Double) -> Double {
        Self.scaleConstant * Foundation.pow(time - lastFailure - k, 3) + wMax
    }

    /// Starts a new curve from `currentRate` at `time`, after a throttle; returns the lowered rate.
    mutating func errorReceived(currentRate: Double, at time: Double) -> Double {
        wMax = currentRate
        k = Self.zeroPoint(wMax)
        lastFailure = time
        return currentRate * Self.beta
    }
}
