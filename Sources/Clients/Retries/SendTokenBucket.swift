/// botocore's client-side token bucket (`retries/bucket.py`): tokens refill at `maxRate` per
/// second up to a capacity of `max(maxRate, 1)`; a request takes one token before it is sent.
/// Not thread-safe on its own: `ClientRateLimiter` guards it.
struct SendTokenBucket {
    /// The lowest fill rate (tokens per second).
    static let minimumRate = 0.5

    private(set) var fillRate: Double
    private(set) var maxCapacity: Double
    private(set) var capacity: Double = 0
    private var lastRefill: Double?

    init(maxRate: Double, now: Double) {
        fillRate = max(maxRate, Self.minimumRate)
        maxCapacity = max(maxRate, 1)
        lastRefill = now
    }

    /// Sets the fill rate (the send rate allowed); the capacity follows it.
    mutating func setMaxRate(_ rate: Double, now: Double) {
        refill(now: now)
        fillRate = max(rate, Self.minimumRate)
        maxCapacity = rate >= 1 ? rate : 1
        capacity = min(capacity, maxCapacity)
    }

    /// Takes one token and returns 0, or returns the seconds until one is there (taking nothing).
    mutating func acquire(now: Double) -> Double {
        refill(now: now)
        if capacity >= 1 {
            capacity -= 1
            return 0
        }
        return (1 - capacity) / fillRate
    }

    private mutating func refill(now: Double) {
        guard let last = lastRefill else {
            lastRefill = now
            return
        }
        capacity = min(maxCapacity, capacity + max(0, now - last) * fillRate)
        lastRefill = now
    }
}
