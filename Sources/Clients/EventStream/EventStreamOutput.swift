/// The result of an operation whose output holds an event stream (S3 `SelectObjectContent`,
/// Bedrock `ConverseStream`, Lambda `InvokeWithResponseStream`, ...), called with
/// `.eventStream(...)`: the output's other members, and the events as they arrive.
///
/// ```swift
/// let selected = try await s3.selectObjectContent.eventStream(Bucket: "b", Key: "k", ...)
/// for try await event in selected.events {
///     if let bytes = event["Records"]?["Payload"]?.data { consume(bytes) }
/// }
/// ```
/// Iterate the events once, or call `cancel()`; cancelling the iterating task closes the connection.
public struct EventStreamOutput: Sendable {
    /// Every output member except the stream, with `ResponseMetadata`, as botocore's response
    /// dict holds them beside its `EventStream`.
    public let output: Document
    /// The name of the stream member (`Payload` for S3, `stream` for Bedrock).
    public let streamName: String
    /// The events, decoded as the bytes arrive: one `Document` per event, `[eventType: members]`,
    /// as botocore yields them. A modeled exception event or an `error` message throws
    /// `ClientError`; a damaged or cut stream throws `EventStreamError`.
    public let events: EventStreamEvents

    /// Stops reading and closes the connection (botocore's `EventStream.close()`).
    public func cancel() { events.cancel() }
}
