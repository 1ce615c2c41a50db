import Foundation
import Synchronization

/// Compiled endpoint rule sets and partition tables from a `ModelLoader`, compiled once per
/// loader and service and shared afterwards.
package enum EndpointDataFiles {
    private struct Cache {
        /// Keyed by loader identity; each entry keeps its loader alive so the identity cannot be reused.
        var partitions: [ObjectIdentifier: (loader: ModelLoader, table: PartitionTable)] = [:]
        var ruleSets: [String: (loader: ModelLoader, ruleSet: EndpointRuleSet)] = [:]
    }

    private static let cache = Mutex(Cache())

    /// The compiled rule set of a service (its `endpoint-rule-set-1` in the service model's API version).
    package static func ruleSet(service: String, loader: ModelLoader = .shared) throws -> EndpointRuleSet {
        let key = "\(ObjectIdentifier(loader).hashValue)/\(service)"
        if let cached = cache.withLock({ $0.ruleSets[key]?.ruleSet }) { return cached }
        guard let definition = try loader.endpointRuleSetJSON(service) else {
            throw EndpointResolutionError(.invalidRuleSet, "the service '\(service)' has no endpoint-rule-set-1.json in \(loader.searchPaths.map(\.path))")
        }
        let ruleSet = try EndpointRuleSet(definition: definition, partitions: partitions(loader: loader))
        cache.withLock { $0.ruleSets[key] = (loader, ruleSet) }
        return ruleSet
    }

    /// The partitions table (`partitions.json`).
    package static func partitions(loader: ModelLoader = .shared) throws -> PartitionTable {
        let key = ObjectIdentifier(loader)
        if let cached = cache.withLock({ $0.partitions[key]?.table }) { return cached }
        let table = try PartitionTable(definition: loader.partitionsJSON())
        cache.withLock { $0.partitions[key] = (loader, table) }
        return table
    }
}
