extension Session {
    /// Every service a client can be made for: the built-in ones and any on `AWS_DATA_PATH`,
    /// sorted (boto3's `get_available_services`). Reads the model index, not the models.
    public var availableServices: [String] { loader.availableServices }

    /// Every service with a resource model (boto3's `get_available_resources`).
    public var availableResources: [String] { loader.availableResourceServices }

    /// The profiles of the shared config and credentials files, sorted (boto3's `available_profiles`).
    public var availableProfiles: [String] { sharedConfig.profiles.keys.sorted() }

    /// The partitions `endpoints.json` defines (`aws`, `aws-cn`, `aws-us-gov`, ...), as boto3's
    /// `get_available_partitions`.
    public var availablePartitions: [String] { (try? RegionCatalog(loader: loader).partitionNames) ?? [] }

    /// The regions `service` is offered in within `partition`, as boto3's `get_available_regions`:
    /// `endpoints.json`'s endpoints for the service's endpoint prefix, real regions only unless
    /// `allowNonRegional` (which adds `aws-global`, `fips-us-east-1`, ...).
    ///
    /// ```swift
    /// try session.availableRegions("ec2")                       // ["af-south-1", "ap-east-1", ...]
    /// try session.availableRegions("iam", allowNonRegional: true)   // ["aws-global", "aws-global-fips", ...]
    /// ```
    /// Unlike boto3, which answers `[]`, an unknown service or partition throws with the closest names.
    public func availableRegions(_ service: String, partition: String = "aws", allowNonRegional: Bool = false) throws -> [String] {
        let prefix = try loader.serviceSummary(service).endpointPrefix
        return try RegionCatalog(loader: loader).regions(endpointPrefix: prefix, partition: partition,
                                                        allowNonRegional: allowNonRegional)
    }
}
