extension Client {
    /// Calls an operation whose output holds an event stream and returns as soon as the stream
    /// starts: the other output members in `output`, the events in `events`, decoded as they arrive.
    ///
    /// ```swift
    /// let answer = try await bedrock.callEventStream("ConverseStream", ["modelId": "m", "messages": [...]])
    /// for try await event in answer.events { print(event) }
    /// ```
    /// Retries apply until the headers of a success arrive. Throws as `call` does, and
    /// `ParamValidationError` for an operation without an event stream output.
    public func callEventStream(_ operation: String, _ params: Document = [:]) async throws -> EventStreamOutput {
        try await runtime.performEventStream(operation: try runtime.operationModel(named: operation), params: params)
    }
}

extension ClientOperation {
    /// The same operation, returning its event stream:
    /// `try await s3.selectObjectContent.eventStream(Bucket: "b", ...)` (see `Client.callEventStream`).
    public var eventStream: EventStreamClientOperation { EventStreamClientOperation(client: client, name: name) }
}

/// An operation with an event stream output, called with keyword arguments
/// (`client.selectObjectContent.eventStream(Bucket: "b", ...)`); returns an `EventStreamOutput`.
@dynamicCallable
public struct EventStreamClientOperation: Sendable {
    let client: Client
    /// The name as written by the caller.
    public let name: String

    /// Calls the operation with `Document` arguments (literals included).
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, Document>) async throws -> EventStreamOutput {
        try await client.callEventStream(name, try ClientOperation.parameters(arguments.map { ($0.key, $0.value) }, operation: name))
    }

    /// Calls the operation with plain Swift values.
    @_disfavoredOverload
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, any DocumentConvertible>) async throws -> EventStreamOutput {
        try await client.callEventStream(name, try ClientOperation.parameters(arguments.map { ($0.key, $0.value.document) }, operation: name))
    }
}
