/// A low-level client for one AWS service: every operation of its model, called dynamically with
/// keyword arguments and exact API member names, as boto3's `client`.
///
/// ```swift
/// let s3 = try session.client("s3", endpointURL: "http://127.0.0.1:5000")
/// _ = try await s3.createBucket(Bucket: "photos")
/// let out = try await s3.putObject(Bucket: "photos", Key: "a.txt", Body: Data("hi".utf8))
/// out["ETag"]?.string
/// let same = try await s3.call("PutObject", ["Bucket": "photos", "Key": "b.txt"])
/// ```
/// A client is a value that can be shared freely across tasks.
@dynamicMemberLookup
public struct Client: Sendable {
    let runtime: ClientRuntime

    init(runtime: ClientRuntime) {
        self.runtime = runtime
    }

    /// Region, endpoint, service model and config of this client.
    public var meta: ClientMeta { runtime.meta }

    /// An operation by any spelling (`putObject`, `PutObject`, `put_object`), to be called with
    /// keyword arguments: `try await client.putObject(Bucket: "b", Key: "k")`.
    public subscript(dynamicMember name: String) -> ClientOperation {
        ClientOperation(client: self, name: name)
    }

    /// Calls an operation by any spelling with a parameter map.
    ///
    /// Throws `UnknownOperationError` (with the closest names) for an unknown operation,
    /// `ParamValidationError` for bad parameters, `ClientError` for service errors, and
    /// `HTTPTransportError` / `EndpointError` for failures below the service.
    public func call(_ operation: String, _ params: Document = [:]) async throws -> Document {
        try await runtime.perform(operation: try runtime.operationModel(named: operation), params: params)
    }

    /// The executor of this client's transport thread, when the transport has one (libcurl's
    /// event loop; `nil` for URLSession). A run of sequential calls inside
    /// `withTaskExecutorPreference(client.taskExecutor) { ... }` executes on that thread, so each
    /// response resumes the caller without waking another thread: lower latency per call. Tasks
    /// that prefer it share one thread, so leave concurrent work on the default executor.
    ///
    /// ```swift
    /// try await withTaskExecutorPreference(s3.taskExecutor) {
    ///     for key in keys { _ = try await s3.putObject(Bucket: "b", Key: key, Body: data) }
    /// }
    /// ```
    public var taskExecutor: (any TaskExecutor)? { runtime.transport.current.taskExecutor }

    /// Releases the client's connections, as boto3's `client.close()`: the client gives its
    /// transport back to its session, which shuts the transport down (closing its pooled
    /// connections) once no open client of the session shares it. Call it after the client's
    /// requests have finished: requests still running on a transport being shut down fail.
    ///
    /// Like botocore's, a closed client can still be used: its next request opens new connections.
    /// ```swift
    /// let lambda = try session.client("lambda")
    /// defer { Task { try await lambda.close() } }
    /// ```
    public func close() async throws {
        await runtime.transport.close()
    }

    /// The API name of an operation by any spelling, throwing `UnknownOperationError`.
    public func operationName(_ name: String) throws -> String {
        try runtime.operationModel(named: name).name
    }
}

/// Facts about a client, as boto3's `client.meta`.
public struct ClientMeta: Sendable {
    /// The service name the client was created for (`s3`).
    public let serviceName: String
    /// The region requests are signed for and endpoints resolved in.
    public let region: String
    /// The endpoint URL given explicitly or by configuration; `nil` when the endpoint rules decide.
    public let endpointURL: String?
    /// The service model.
    public let serviceModel: ServiceModel
    /// The effective configuration.
    public let config: EffectiveConfig
}
