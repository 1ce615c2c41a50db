import Synchronization

/// botocore's retry quota (token bucket): retries spend capacity, successes refill it, so a
/// struggling service is not hammered by every client's retries at once.
public final class RetryQuota: Sendable {
    /// Starting and maximum capacity (botocore: 500).
    public let maximumCapacity: Int
    private let available: Mutex<Int>

    /// Creates a full quota.
    public init(capacity: Int = 500) {
        maximumCapacity = capacity
        available = Mutex(capacity)
    }

    /// The capacity left.
    public var availableCapacity: Int { available.withLock { $0 } }

    /// Takes `amount` if that much is left.
    public func acquire(_ amount: Int) -> Bool {
        available.withLock { capacity in
            guard capacity >= amount else { return false }
            capacity -= amount
            return true
        }
    }

    /// Gives back up to `amount`, never above the maximum.
    public func release(_ amount: Int) {
        available.withLock { capacity in capacity = min(maximumCapacity, capacity + amount) }
    }
}
