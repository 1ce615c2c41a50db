import Synchronization

/// Endpoints already worked out, by the parameters they were resolved with, as botocore's
/// `lru_cache` on `EndpointProvider.resolve_endpoint` (100 entries): evaluating the rules costs
/// far more than hashing the parameters, and most calls of a client repeat the same few
/// parameter sets.
///
/// `RuleSetEndpointProvider` keys it by the parameter values in rule-set order (cheaper to hash
/// than a dictionary of names) and stores the finished `RequestEndpoint`, auth scheme applied.
final class EndpointResolutionCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    static var capacity: Int { 100 }

    private struct Entries {
        var values: [Key: Value] = [:]
        /// Insertion order, oldest first, for eviction.
        var order: [Key] = []
    }

    private let entries = Mutex(Entries())

    /// The cached value for `key`, or `resolve`'s result (cached when it succeeds).
    func value(for key: Key, resolve: (Key) throws -> Value) rethrows -> Value {
        if let cached = entries.withLock({ $0.values[key] }) { return cached }
        let resolved = try resolve(key)
        entries.withLock { cache in
            guard cache.values[key] == nil else { return }
            if cache.order.count >= Self.capacity {
                cache.values[cache.order.removeFirst()] = nil
            }
            cache.values[key] = resolved
            cache.order.append(key)
        }
        return resolved
    }
}
