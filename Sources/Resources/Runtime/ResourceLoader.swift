/// Runs a resource's load: the model's request, or the loads boto3 injects for S3.
enum ResourceLoader {
    /// The data `load` produces for `resource`.
    static func load(_ load: ResourceLoad, for resource: Resource) async throws -> Document {
        let client = resource.meta.client
        switch load {
        case .action(let action):
            let params = try await RequestParameters.build(action.request.params, for: resource, input: [:])
            let response = try await client.call(action.request.operation, params)
            guard let path = action.path else { return response }
            return try path.search(response)
        case .listBucketsMatchingName:
            let name = resource.identifier("Name") ?? .null
            do {
                let response = try await client.call("ListBuckets")
                return response["Buckets"]?.array?.first { $0["Name"] == name } ?? .map([:])
            } catch let error as ClientError where error.code == "AccessDenied" {
                return .map([:])
            }
        case .headObjectAsSummary:
            var response = try await client.call("HeadObject", ["Bucket": resource.identifier("BucketName") ?? .null,
                                                                "Key": resource.identifier("Key") ?? .null])
            if let length = response["ContentLength"] {
                response["ContentLength"] = nil
                response["Size"] = length
            }
            return response
        }
    }

    /// Where resources of type `type` come from with data: the collections and actions that return them
    /// (`Bucket.objectVersions`), for error messages.
    static func sources(of type: String, in service: ResourceServiceModel) -> [String] {
        var found: [String] = []
        let owners = [service.serviceResource] + service.resourceNames.compactMap { try? service.resource($0) }
        for owner in owners {
            let prefix = owner.isServiceResource ? owner.serviceName : owner.name
            for collection in owner.collections where collection.resource.type == type && collection.resource.path != nil {
                found.append("\(prefix).\(collection.swiftName)")
            }
            for action in owner.actions where action.resource?.type == type && action.resource?.path != nil {
                found.append("\(prefix).\(action.swiftName)()")
            }
        }
        return Array(found.prefix(5))
    }
}
