/// botocore's `endpoints.json`, read for what endpoint rule sets do not say: the partitions, and
/// the regions each service is offered in (boto3's `get_available_partitions` and
/// `get_available_regions`).
package struct RegionCatalog: Sendable {
    /// One partition: its name, its regions, and the endpoints of each service (by endpoint prefix).
    struct Partition: Sendable {
        let name: String
        let regions: Set<String>
        let services: JSONObject
    }

    let partitions: [Partition]

    /// Reads `endpoints.json` through `loader` (cached there after the first read).
    package init(loader: ModelLoader) throws(ModelLoaderError) {
        let data = try loader.loadDataJSON("endpoints")
        partitions = (data["partitions"]?.array ?? []).compactMap { value -> Partition? in
            guard let name = value["partition"]?.string else { return nil }
            return Partition(name: name, regions: Set(value["regions"]?.object?.keys ?? []),
                             services: value["services"]?.object ?? JSONObject())
        }
    }

    /// The partition names, in file order (`aws`, `aws-cn`, `aws-us-gov`, ...).
    package var partitionNames: [String] { partitions.map(\.name) }

    /// The endpoint names a service has in a partition, in file order, as botocore's
    /// `get_available_endpoints`: only real regions unless `allowNonRegional` (which adds names
    /// such as `aws-global` and `fips-us-east-1`).
    package func regions(endpointPrefix: String, partition name: String, allowNonRegional: Bool) throws(EndpointError) -> [String] {
        guard let partition = partitions.first(where: { $0.name == name }) else {
            let suggestions = ClosestNames.find(name, in: partitionNames)
            throw EndpointError(.unknownPartition, "Unknown partition '\(name)'"
                + (suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: ", "))?")
                + " Partitions: \(partitionNames.joined(separator: ", ")).")
        }
        let endpoints = partition.services[endpointPrefix]?["endpoints"]?.object?.keys ?? []
        return endpoints.filter { allowNonRegional || partition.regions.contains($0) }
    }
}
