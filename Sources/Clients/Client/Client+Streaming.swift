extension Client {
    /// Calls an operation whose output payload is a streaming blob (S3 `GetObject`, Glacier
    /// `GetJobOutput`) and returns as soon as the response headers are in: the other output
    /// members in `output`, the payload in `body`, read as it arrives so a large object never
    /// sits whole in memory.
    ///
    /// ```swift
    /// let object = try await s3.callStreaming("GetObject", ["Bucket": "b", "Key": "k"])
    /// for try await chunk in object.body { consume(chunk) }
    /// ```
    /// Retries apply until the headers of a success arrive. Throws as `call` does, and
    /// `ParamValidationError` for an operation without a streaming payload.
    public func callStreaming(_ operation: String, _ params: Document = [:]) async throws -> StreamingOutput {
        try await runtime.performStreaming(operation: try runtime.operationModel(named: operation), params: params)
    }
}

extension ClientOperation {
    /// The same operation, returning its streaming payload unread:
    /// `try await s3.getObject.streaming(Bucket: "b", Key: "k")` (see `Client.callStreaming`).
    public var streaming: StreamingClientOperation { StreamingClientOperation(client: client, name: name) }
}

/// An operation with a streaming output payload, called with keyword arguments
/// (`client.getObject.streaming(Bucket: "b", Key: "k")`); returns a `StreamingOutput`.
@dynamicCallable
public struct StreamingClientOperation: Sendable {
    let client: Client
    /// The name as written by the caller.
    public let name: String

    /// Calls the operation with `Document` arguments (literals included).
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, Document>) async throws -> StreamingOutput {
        try await client.callStreaming(name, try ClientOperation.parameters(arguments.map { ($0.key, $0.value) }, operation: name))
    }

    /// Calls the operation with plain Swift values.
    @_disfavoredOverload
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, any DocumentConvertible>) async throws -> StreamingOutput {
        try await client.callStreaming(name, try ClientOperation.parameters(arguments.map { ($0.key, $0.value.document) }, operation: name))
    }
}
