/// botocore's `endpoints.json`, read for what endpoint rule sets do not say: the partitions, and
/// the regions each service is offered in (boto3's `get_available_partitions` and
/// `get_available_regions`).
package struct RegionCatalog: Sendable {
    let partitions: [EndpointsFile.Partition]

    /// Reads `loader`'s `endpoints.json` (indexed once per loader).
    package init(loader: ModelLoader) throws {
        partitions = try EndpointsFile.shared(loader: loader).partitions
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
        let regions = partition.settings["regions"]?.object
        return endpoints.filter { allowNonRegional || regions?[$0] != nil }
    }
}
