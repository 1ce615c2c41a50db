extension Session {
    /// The service resource of `service` (`s3`, `sqs`, ... or any service with a `resources-1` model
    /// on the resource search path), as boto3's `session.resource(...)`.
    ///
    /// ```swift
    /// let s3 = try session.resource("s3", endpointURL: "http://127.0.0.1:5000")
    /// let bucket = try await s3.createBucket(Bucket: "photos").resource
    /// ```
    /// - Parameters: as `client(_:region:endpointURL:config:)`, whose client the resources call.
    public func resource(_ service: String, region: String? = nil, endpointURL: String? = nil, config: Config? = nil) throws -> Resource {
        let models = try ResourceServiceModel.load(service, loader: loader)
        let client = try client(service, region: region, endpointURL: endpointURL, config: config)
        return Resource(service: models, client: client)
    }
}
