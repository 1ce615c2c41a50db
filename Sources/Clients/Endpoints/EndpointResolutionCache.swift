import Synchronization

/// The endpoints a rule set resolved, by parameters, as botocore's `lru_cache` on
/// `EndpointProvider.resolve_endpoint` (100 entries): evaluating the rules costs far more than
/// hashing the parameters, and most calls of a client repeat the same few parameter sets.
final class EndpointResolutionCache: Sendable {
    static let capacity = 100

    private struct Entries {
        var endpoints: [EndpointParameters: ResolvedEndpoint] = [:]
        /// Insertion order, oldest first, for eviction.
        var order: [EndpointParameters] = []
    }

    private let entries = Mutex(Entries())

    /// The cached endpoint for `parameters`, or `resolve`'s result (cached when it succeeds).
    func endpoint(for parameters: EndpointParameters, resolve: (EndpointParameters) throws -> ResolvedEndpoint) rethrows -> ResolvedEndpoint {
        if let cached = entries.withLock({ $0.endpoints[parameters] }) { return cached }
        let resolved = try resolve(parameters)
        entries.withLock { cache in
            guard cache.endpoints[parameters] == nil else { return }
            if cache.order.count >= Self.capacity {
                cache.endpoints[cache.order.removeFirst()] = nil
            }
            cache.endpoints[parameters] = resolved
            cache.order.append(parameters)
        }
        return resolved
    }
}
