extension Session {
    /// The service resource of `service` (`s3`, `sqs`, ... or any service with a `resources-1` model
    /// on the resource search path), as boto3's `session.resource(...)`.
    ///
    /// ```swift
    /// let s3 = try session.resource("s3", endpointURL: "http://127.0.0.1:5000")
    /// let bucket = try await s3.createBucket(Bucket: "photos").resource
    /// ```
    /// - Parameters: as `client(_:region:apiVersion:endpointURL:config:)`, whose client the
    ///   resources call; `apiVersion` picks the resource model's version (the latest by default),
    ///   and the client uses the same version, as boto3 does.
    public func resource(_ service: String, region: String? = nil, apiVersion: String? = nil, endpointURL: String? = nil,
                         config: Config? = nil) throws -> Resource {
        let version = try apiVersion ?? loader.resourceAPIVersions(service).last
        let models = try ResourceServiceModel.load(service, apiVersion: version, loader: loader)
        let client = try client(service, region: region, apiVersion: version, endpointURL: endpointURL, config: config)
        return Resource(service: models, client: client)
    }
}
