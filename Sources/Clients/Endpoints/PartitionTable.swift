import Foundation
import Synchronization

/// The AWS partitions (`partitions.json`) that `aws.partition` matches regions against.
///
/// Lookups follow botocore: partitions are tried in file order, a region matches one when it is
/// listed in its `regions` or matches its `regionRegex`, and an unknown region falls back to the
/// first partition (`aws`). Results are cached per region, so the regular expressions run once.
/// ```swift
/// let table = try PartitionTable(json: partitionsData)
/// table.outputs(forRegion: "cn-north-1")["dnsSuffix"]   // "amazonaws.com.cn"
/// ```
public final class PartitionTable: Sendable {
    struct Partition: Sendable {
        let id: String
        /// `regionRegex`, kept as text: `Regex` is not `Sendable`, and with the per-region cache
        /// each pattern is compiled only when a new region is looked up.
        let regionRegex: String?
        let regions: Set<String>
        /// `outputs` with `name` set to the partition id, as botocore formats them.
        let outputs: Document
    }

    /// The partition ids in file order.
    public var partitionIDs: [String] { partitions.map(\.id) }

    let partitions: [Partition]
    /// Region name to partition index; bounded so that odd region strings cannot grow it without limit.
    private let cache = Mutex<[String: Int]>([:])
    private static let cacheLimit = 1024

    /// Reads the bytes of `partitions.json`.
    public convenience init(json: Data) throws {
        let value: JSONValue
        do { value = try JSONValue.parse(json) } catch {
            throw EndpointResolutionError(.invalidRuleSet, "partitions.json is not valid JSON: \(error)")
        }
        try self.init(definition: value)
    }

    /// Reads a parsed `partitions.json`.
    package init(definition: JSONValue) throws(EndpointResolutionError) {
        guard let list = definition["partitions"]?.array, !list.isEmpty else {
            throw EndpointResolutionError(.invalidRuleSet, "partitions.json needs a non-empty 'partitions' list")
        }
        var partitions: [Partition] = []
        for (index, entry) in list.enumerated() {
            guard let id = entry["id"]?.string, var outputs = entry["outputs"]?.document.dictionary else {
                throw EndpointResolutionError(.invalidRuleSet, "partition \(index) needs an 'id' and an 'outputs' object (at partitions[\(index)])")
            }
            outputs["name"] = .string(id)
            let pattern = entry["regionRegex"]?.string
            if let pattern {
                do { _ = try Regex(pattern) } catch {
                    throw EndpointResolutionError(.invalidRuleSet, "partition \(id) has an unusable regionRegex '\(pattern)': \(error)")
                }
            }
            partitions.append(Partition(id: id, regionRegex: pattern,
                                        regions: Set(entry["regions"]?.object?.keys ?? []), outputs: .map(outputs)))
        }
        self.partitions = partitions
    }

    /// The `aws.partition` result for a region: the partition's outputs (`name`, `dnsSuffix`,
    /// `dualStackDnsSuffix`, `supportsFIPS`, `supportsDualStack`, `implicitGlobalRegion`).
    public func outputs(forRegion region: String?) -> Document {
        partitions[partitionIndex(forRegion: region)].outputs
    }

    /// The id of the partition a region belongs to (`aws`, `aws-cn`, `aws-us-gov`, ...).
    public func partitionID(forRegion region: String?) -> String {
        partitions[partitionIndex(forRegion: region)].id
    }

    private func partitionIndex(forRegion region: String?) -> Int {
        guard let region else { return 0 }
        if let cached = cache.withLock({ $0[region] }) { return cached }
        let index = partitions.firstIndex { matches(region, $0) } ?? 0
        cache.withLock { cache in
            if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
            cache[region] = index
        }
        return index
    }

    private func matches(_ region: String, _ partition: Partition) -> Bool {
        if partition.regions.contains(region) { return true }
        guard let pattern = partition.regionRegex, let regex = try? Regex(pattern) else { return false }
        if (try? regex.prefixMatch(in: region)) != nil { return true }
        // Python's `$` also matches before one final newline.
        if pattern.hasSuffix("$"), region.hasSuffix("\n") {
            return (try? regex.prefixMatch(in: String(region.dropLast()))) != nil
        }
        return false
    }
}
