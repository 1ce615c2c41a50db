extension Session {
    /// The typed service resource of a generated namespace, as boto3's `session.resource("s3")`.
    ///
    /// ```swift
    /// let s3 = try session.resource(S3.self, endpointURL: "http://127.0.0.1:5000")   // S3.ServiceResource
    /// let bucket = try await s3.createBucket(Bucket: "photos")                          // S3.Bucket
    /// ```
    /// Throws `ResourceError` (`.unknownResourceType`) when the resource model found on the search
    /// path (`AWS_DATA_PATH`) lacks a resource type the handles were generated for.
    /// - Parameters: as `client(_:region:endpointURL:config:)`, whose client the resources call.
    public func resource<Service: ResourceServiceNamespace>(_ service: Service.Type, region: String? = nil,
                                                          endpointURL: String? = nil,
                                                          config: Config? = nil) throws -> Service.ServiceResource {
        let dynamic = try resource(Service.serviceName, region: region, endpointURL: endpointURL, config: config)
        let available = Set(dynamic.meta.serviceResourceModel.resourceNames)
        let missing = Service.resourceTypeNames.filter { !available.contains($0) }
        guard missing.isEmpty else {
            throw ResourceError(.unknownResourceType,
                                "The \(Service.serviceName) resource model on the search path has no \(missing.joined(separator: ", ")), which the typed \(Service.self) handles were generated for: remove the replacement resources-1.json from AWS_DATA_PATH, or use the dynamic session.resource(\"\(Service.serviceName)\").")
        }
        return Service.ServiceResource(resource: dynamic)
    }
}
