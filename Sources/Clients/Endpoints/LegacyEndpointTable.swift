import Foundation

/// botocore's legacy `EndpointResolver` over `endpoints.json`, reduced to what signing still takes
/// from it: the endpoint name a region resolves to and its `credentialScope` (botocore's
/// `ClientEndpointBridge` signs with those where the rule set's endpoint names no auth scheme).
///
/// ```swift
/// let table = try LegacyEndpointTable.shared(loader: .shared)
/// let found = table?.resolve(endpointPrefix: "health", region: "eu-west-1")
/// found?.credentialScopeRegion      // "us-east-1"
/// ```
package struct LegacyEndpointTable: Sendable {
    /// What `construct_endpoint` found for a service and region.
    package struct Endpoint: Sendable, Equatable {
        /// `endpointName`: the region, or the partition endpoint (`aws-global`) a global service uses.
        package var endpointName: String
        /// `credentialScope.service`, when set.
        package var credentialScopeService: String?
        /// `credentialScope.region`, when set.
        package var credentialScopeRegion: String?
        /// Whether a FIPS or dual-stack variant was resolved.
        package var hasVariantTags: Bool
    }

    private let partitions: [EndpointsFile.Partition]

    /// A table over an indexed `endpoints.json`.
    package init(file: EndpointsFile) {
        partitions = file.partitions
    }

    /// The table of `loader`'s `endpoints.json`, indexed once per loader; `nil` when the loader has
    /// no such file (signing then uses the model's signing name and the client's region).
    package static func shared(loader: ModelLoader) -> LegacyEndpointTable? {
        (try? EndpointsFile.shared(loader: loader)).map(LegacyEndpointTable.init(file:))
    }

    /// botocore's `construct_endpoint`, then its retry in the `aws` partition; `nil` when no
    /// partition knows the region (the bridge then assumes `{service}.{region}.amazonaws.com`).
    package func resolve(endpointPrefix: String, region: String?, useFIPS: Bool = false, useDualStack: Bool = false) -> Endpoint? {
        var region = region
        if endpointPrefix == "s3", useDualStack, region == nil { region = "us-east-1" }
        for partition in partitions {
            if useDualStack, ["aws-iso", "aws-iso-b"].contains(partition.name) { continue }
            if let found = endpoint(in: partition, service: endpointPrefix, region: region, fips: useFIPS, dualStack: useDualStack,
                                    force: false) {
                return found
            }
        }
        guard let aws = partitions.first(where: { $0.name == "aws" }) else { return nil }
        return endpoint(in: aws, service: endpointPrefix, region: region, fips: useFIPS, dualStack: useDualStack, force: true)
    }

    /// `_endpoint_for_partition`.
    private func endpoint(in partition: EndpointsFile.Partition, service: String, region: String?, fips: Bool, dualStack: Bool,
                          force: Bool) -> Endpoint? {
        let serviceData = partition.services[service]?.object ?? JSONObject()
        guard let name = region ?? serviceData["partitionEndpoint"]?.string else { return nil }
        let endpoints = serviceData["endpoints"]?.object ?? JSONObject()
        if endpoints[name] != nil {
            return resolve(partition, serviceData, endpointName: name, fips: fips, dualStack: dualStack)
        }
        guard force || matches(partition, region: name) else { return nil }
        if let partitionEndpoint = serviceData["partitionEndpoint"]?.string, serviceData["isRegionalized"]?.bool == false {
            return resolve(partition, serviceData, endpointName: partitionEndpoint, fips: fips, dualStack: dualStack)
        }
        return resolve(partition, serviceData, endpointName: name, fips: fips, dualStack: dualStack)
    }

    /// `_resolve`: the endpoint's data, then the service's defaults, then the partition's (and for
    /// a variant, each level's variant with the same tags first).
    private func resolve(_ partition: EndpointsFile.Partition, _ serviceData: JSONObject, endpointName: String, fips: Bool,
                         dualStack: Bool) -> Endpoint? {
        let endpointData = serviceData["endpoints"]?[endpointName]?.object ?? JSONObject()
        let levels = [endpointData, serviceData["defaults"]?.object ?? JSONObject(), partition.settings["defaults"]?.object ?? JSONObject()]
        var tags: Set<String> = []
        if dualStack { tags.insert("dualstack") }
        if fips { tags.insert("fips") }
        var scopes: [JSONObject] = []
        if !tags.isEmpty {
            let variants = levels.compactMap { Self.variant(of: $0, tags: tags) }
            guard !variants.isEmpty else { return nil }
            scopes += variants.compactMap { $0["credentialScope"]?.object }
        }
        scopes += levels.compactMap { $0["credentialScope"]?.object }
        // `_merge_keys` keeps the first level's whole `credentialScope` object.
        let scope = scopes.first
        return Endpoint(endpointName: endpointName, credentialScopeService: scope?["service"]?.string,
                        credentialScopeRegion: scope?["region"]?.string, hasVariantTags: !tags.isEmpty)
    }

    private static func variant(of data: JSONObject, tags: Set<String>) -> JSONObject? {
        data["variants"]?.array?.compactMap(\.object).first { variant in
            Set(variant["tags"]?.array?.compactMap(\.string) ?? []) == tags
        }
    }

    /// `_region_match`: a listed region, or one matching the partition's `regionRegex` from its start.
    private func matches(_ partition: EndpointsFile.Partition, region: String) -> Bool {
        if partition.settings["regions"]?[region] != nil { return true }
        guard let regex = partition.settings["regionRegex"]?.string, let pattern = try? NSRegularExpression(pattern: regex) else { return false }
        let range = NSRange(region.startIndex..., in: region)
        return pattern.firstMatch(in: region, options: .anchored, range: range) != nil
    }
}
