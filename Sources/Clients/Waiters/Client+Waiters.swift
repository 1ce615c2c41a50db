extension Client {
    /// The service's waiters as lowerCamelCase names, sorted as boto3 lists them
    /// (`["bucketExists", "bucketNotExists", "objectExists", "objectNotExists"]` for S3);
    /// empty when the service has none or its waiter file cannot be read.
    public var waiterNames: [String] {
        (try? runtime.waiters.callableNames()) ?? []
    }

    /// The waiter of that name, in any spelling (`bucketExists`, `BucketExists`, `bucket_exists`).
    ///
    /// ```swift
    /// try await s3.waiter("bucketExists").wait(Bucket: "photos")
    /// ```
    /// Throws `WaiterError` (`unknownWaiter`, with the closest names) for an unknown name.
    public func waiter(_ name: String) throws -> Waiter {
        guard let configuration = try runtime.waiters.configuration(named: name) else {
            let suggestions = ClosestNames.find(name, in: try runtime.waiters.callableNames())
            let hint = suggestions.isEmpty ? "" : ". Did you mean: \(suggestions.joined(separator: ", "))?"
            throw WaiterError(.unknownWaiter, waiterName: name, reason: "Waiter does not exist: \(name) ('\(meta.serviceName)' client)\(hint)",
                              suggestions: suggestions)
        }
        guard let apiName = runtime.names.apiName(for: configuration.operation) else {
            throw WaiterError(.invalidConfig, waiterName: configuration.name,
                              reason: "waiter \(configuration.name) polls \(configuration.operation), which the \(meta.serviceName) model does not have")
        }
        return Waiter(client: self, operation: try runtime.model.operation(apiName), configuration: configuration)
    }
}
