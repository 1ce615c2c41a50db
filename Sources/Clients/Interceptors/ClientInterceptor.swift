/// A hook into every call of a client, at the points where botocore emits its events: one
/// `modify…` method (which may change the value the stage has) and one `read…` method per stage.
///
/// ```swift
/// struct TraceID: ClientInterceptor {
///     func modifyBeforeSigning(_ request: inout HTTPRequest, context: InterceptorContext) async throws {
///         request.headers["x-trace-id"] = "42"          // signed, since it is added before signing
///     }
/// }
/// let traced = try session.client("s3", config: Config(interceptors: [TraceID()]))
/// ```
/// Every method does nothing by default, so an interceptor implements only the stages it needs.
/// Interceptors run in order (the session's first, then the client's `Config`); at each stage
/// every interceptor's `modify…` runs before any `read…`, and `read…` sees the modified value.
///
/// Stages, in the order a call runs them:
/// - before serialization (once): the caller's parameters, before validation;
/// - after serialization (once): the HTTP request built from them, not signed yet;
/// - before signing, before transmit, after transmit, before deserialization: once per
///   attempt, so a retried call runs them again (`context.attempt` counts from 1);
/// - after execution (once, on success): the parsed output;
/// - on error (once, on failure): the error the call throws, whatever threw it.
///
/// The methods are `nonisolated(nonsending)`: they run on the caller's executor, so a stage
/// costs no thread hop (an implementation may drop the attribute; it then runs concurrently).
///
/// An error thrown by an interceptor ends the call and surfaces as it is (after the on-error
/// stage, which sees it). Streaming calls (`callStreaming`) see the response headers at the
/// response stages, with an empty body.
public protocol ClientInterceptor: Sendable {
    /// Changes the parameters before they are validated and serialized (botocore's
    /// `provide-client-params`).
    nonisolated(nonsending) func modifyBeforeSerialization(_ params: inout Document, context: InterceptorContext) async throws
    /// Sees the parameters before they are validated and serialized (`before-parameter-build`).
    nonisolated(nonsending) func readBeforeSerialization(context: InterceptorContext) async throws

    /// Changes the serialized request before the retry loop (`before-call`); it is not signed yet.
    nonisolated(nonsending) func modifyAfterSerialization(_ request: inout HTTPRequest, context: InterceptorContext) async throws
    /// Sees the serialized request and its endpoint before the retry loop (`request-created`).
    nonisolated(nonsending) func readAfterSerialization(context: InterceptorContext) async throws

    /// Changes one attempt's request before it is signed (`before-sign`): headers added here are signed.
    nonisolated(nonsending) func modifyBeforeSigning(_ request: inout HTTPRequest, context: InterceptorContext) async throws
    /// Sees one attempt's request before it is signed.
    nonisolated(nonsending) func readBeforeSigning(context: InterceptorContext) async throws

    /// Changes one attempt's signed request before it is sent (`before-send`); a change to a
    /// signed header breaks the signature.
    nonisolated(nonsending) func modifyBeforeTransmit(_ request: inout HTTPRequest, context: InterceptorContext) async throws
    /// Sees one attempt's signed request before it is sent.
    nonisolated(nonsending) func readBeforeTransmit(context: InterceptorContext) async throws

    /// Changes one attempt's HTTP response as it arrived, before checksums are checked.
    nonisolated(nonsending) func modifyAfterTransmit(_ response: inout HTTPResponse, context: InterceptorContext) async throws
    /// Sees one attempt's HTTP response as it arrived (`needs-retry` sees the same).
    nonisolated(nonsending) func readAfterTransmit(context: InterceptorContext) async throws

    /// Changes one attempt's HTTP response before it is parsed (an error status is parsed into a
    /// `ClientError`, or retried).
    nonisolated(nonsending) func modifyBeforeDeserialization(_ response: inout HTTPResponse, context: InterceptorContext) async throws
    /// Sees one attempt's HTTP response before it is parsed.
    nonisolated(nonsending) func readBeforeDeserialization(context: InterceptorContext) async throws

    /// Changes the parsed output of a successful call (`after-call`).
    nonisolated(nonsending) func modifyAfterExecution(_ output: inout Document, context: InterceptorContext) async throws
    /// Sees the parsed output of a successful call.
    nonisolated(nonsending) func readAfterExecution(context: InterceptorContext) async throws

    /// Changes (or replaces) the error a failed call throws (`after-call-error`).
    nonisolated(nonsending) func modifyOnError(_ error: inout any Error, context: InterceptorContext) async throws
    /// Sees the error a failed call throws.
    nonisolated(nonsending) func readOnError(context: InterceptorContext) async throws
}

extension ClientInterceptor {
    /// Does nothing.
    public nonisolated(nonsending) func modifyBeforeSerialization(_ params: inout Document, context: InterceptorContext) async throws {}
    /// Does nothing.
    public nonisolated(nonsending) func readBeforeSerialization(context: InterceptorContext) async throws {}
    /// Does nothing.
    public nonisolated(nonsending) func modifyAfterSerialization(_ request: inout HTTPRequest, context: InterceptorContext) async throws {}
    /// Does nothing.
    public nonisolated(nonsending) func readAfterSerialization(context: InterceptorContext) async throws {}
    /// Does nothing.
    public nonisolated(nonsending) func modifyBeforeSigning(_ request: inout HTTPRequest, context: InterceptorContext) async throws {}
    /// Does nothing.
    public nonisolated(nonsending) func readBeforeSigning(context: InterceptorContext) async throws {}
    /// Does nothing.
    public nonisolated(nonsending) func modifyBeforeTransmit(_ request: inout HTTPRequest, context: InterceptorContext) async throws {}
    /// Does nothing.
    public nonisolated(nonsending) func readBeforeTransmit(context: InterceptorContext) async throws {}
    /// Does nothing.
    public nonisolated(nonsending) func modifyAfterTransmit(_ response: inout HTTPResponse, context: InterceptorContext) async throws {}
    /// Does nothing.
    public nonisolated(nonsending) func readAfterTransmit(context: InterceptorContext) async throws {}
    /// Does nothing.
    public nonisolated(nonsending) func modifyBeforeDeserialization(_ response: inout HTTPResponse, context: InterceptorContext) async throws {}
    /// Does nothing.
    public nonisolated(nonsending) func readBeforeDeserialization(context: InterceptorContext) async throws {}
    /// Does nothing.
    public nonisolated(nonsending) func modifyAfterExecution(_ output: inout Document, context: InterceptorContext) async throws {}
    /// Does nothing.
    public nonisolated(nonsending) func readAfterExecution(context: InterceptorContext) async throws {}
    /// Does nothing.
    public nonisolated(nonsending) func modifyOnError(_ error: inout any Error, context: InterceptorContext) async throws {}
    /// Does nothing.
    public nonisolated(nonsending) func readOnError(context: InterceptorContext) async throws {}
}
