import Foundation
import Synchronization
import Testing
import AWSTestSupport
@testable import AWSClients

/// Adaptive mode's rate limiter against botocore's own (`botocore.retries.adaptive`), both driven
/// by the same scripted clock and the same responses: the allowed rate, the measured rate and the
/// waits for a send token agree at every step. No sleeping: the clock is a number the script moves.
@Suite struct AdaptiveRateLimiterDifferentialTests {
    /// One step: the clock moves to `time`, then a request asks for a token (`send`) or a response
    /// comes back (`ok` or `throttle`).
    struct Step: Sendable {
        var time: Double
        var event: String
    }

    /// A burst of sends and successes, throttles, a recovery along the curve, more throttles.
    static let script: [Step] = {
        var steps: [Step] = []
        var time = 100.0
        for index in 0..<40 {
            time += 0.05
            steps.append(Step(time: time, event: "send"))
            steps.append(Step(time: time + 0.01, event: index % 13 == 12 ? "throttle" : "ok"))
        }
        for _ in 0..<30 {
            time += 0.3
            steps.append(Step(time: time, event: "send"))
            steps.append(Step(time: time + 0.02, event: "ok"))
        }
        for index in 0..<20 {
            time += 0.1
            steps.append(Step(time: time, event: "send"))
            steps.append(Step(time: time + 0.01, event: index % 4 == 0 ? "throttle" : "ok"))
        }
        return steps
    }()

    @Test func limiterFollowsBotocoreStepByStep() throws {
        let python = try #require(BackgroundProcess.findExecutable("python3"), "python3 with botocore is needed")
        let timeline = Self.script.map { "\($0.time) \($0.event)" }.joined(separator: "\n")
        let output = try ShortCommand.run(python, ["-c", Self.botocoreProgram, timeline])
        let expected = output.split(separator: "\n").map { line in line.split(separator: " ").compactMap { Double($0) } }
        #expect(expected.count == Self.script.count, "botocore printed: \(output.prefix(400))")

        let clock = Mutex(Self.script.first?.time ?? 0)
        let limiter = ClientRateLimiter(clock: RetryClock { clock.withLock { $0 } })
        for (index, step) in Self.script.enumerated() where index < expected.count {
            clock.withLock { $0 = step.time }
            var wait = 0.0
            switch step.event {
            case "send": wait = limiter.sendingDelay()
            default: limiter.record(throttled: step.event == "throttle")
            }
            let mine = [limiter.maxRate, limiter.measuredRate, wait, limiter.isEnabled ? 1 : 0]
            let theirs = expected[index]
            #expect(theirs.count == 4 && zip(mine, theirs).allSatisfy { abs($0 - $1) <= 1e-9 * max(1, abs($1)) },
                    "step \(index) (\(step.event) at \(step.time)): ours \(mine), botocore's \(theirs)")
        }
    }

    /// Runs botocore's limiter over the timeline in argv[1] with a scripted clock; a send takes a
    /// token without blocking (the wait it would need, else 0). Prints per step: fill rate,
    /// measured rate, wait, enabled.
    static let botocoreProgram = #"""
        import sys
        from botocore.retries import adaptive, bucket, throttling, standard
        from botocore.exceptions import CapacityNotAvailableError

        class ScriptedClock(bucket.Clock):
            now = 0.0
            def current_time(self):
                return self.now
            def sleep(self, amount):
                raise AssertionError("no sleeping")

        steps = [line.split() for line in sys.argv[1].splitlines()]
        clock = ScriptedClock()
        clock.now = float(steps[0][0])
        token_bucket = bucket.TokenBucket(max_rate=1, clock=clock)
        limiter = adaptive.ClientRateLimiter(
            rate_adjustor=throttling.CubicCalculator(starting_max_rate=0, start_time=clock.current_time()),
            rate_clocker=adaptive.RateClocker(clock),
            token_bucket=token_bucket,
            throttling_detector=None,
            clock=clock,
        )
        class Detector:
            throttled = False
            def is_throttling_error(self, **kwargs):
                return self.throttled
        detector = Detector()
        limiter._throttling_detector = detector
        for time, event in steps:
            clock.now = float(time)
            wait = 0.0
            if event == "send":
                if limiter._enabled:
                    try:
                        token_bucket.acquire(block=False)
                    except CapacityNotAvailableError:
                        wait = token_bucket._sleep_amount(1)
            else:
                detector.throttled = event == "throttle"
                limiter.on_receiving_response()
            print(token_bucket.max_rate, limiter._rate_clocker.measured_rate, wait, 1 if limiter._enabled else 0)
        """#
}
