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
/// An error thrown by an interceptor ends the call and surfaces as it is (after the on-error
/// stage, which sees it). Streaming calls (`callStreaming`) see the response headers at the
/// response stages, with an empty body.
public protocol ClientInterceptor: Sendable {
    /// Changes the parameters before they are validated and serialized (botocore's
    /// `provide-client-params`).
    func modifyBeforeSerialization(_ params: inout Document, context: InterceptorContext) async throws
    /// Sees the parameters before they are validated and serialized (`before-parameter-build`).
    func readBeforeSerialization(context: InterceptorContext) async throws

    /// Changes the serialized request before the retry loop (`before-call`); it is not signed yet.
    func modifyAfterSerialization(_ request: inout HTTPRequest, context: InterceptorContext) async throws
    /// Sees the serialized request and its endpoint before the retry loop (`request-created`).
    func readAfterSerialization(context: InterceptorContext) async throws

    /// Changes one attempt's request before it is signed (`before-sign`): headers added here are signed.
    func modifyBeforeSigning(_ request: inout HTTPRequest, context: InterceptorContext) async throws
    /// Sees one attempt's request before it is signed.
    func readBeforeSigning(context: InterceptorContext) async throws

    /// Changes one attempt's signed request before it is sent (`before-send`); a change to a
    /// signed header breaks the signature.
    func modifyBeforeTransmit(_ request: inout HTTPRequest, context: InterceptorContext) async throws
    /// Sees one attempt's signed request before it is sent.
    func readBeforeTransmit(context: InterceptorContext) async throws

    /// Changes one attempt's HTTP response as it arrived, before checksums are checked.
    func modifyAfterTransmit(_ response: inout HTTPResponse, context: InterceptorContext) async throws
    /// Sees one attempt's HTTP response as it arrived (`needs-retry` sees the same).
    func readAfterTransmit(context: InterceptorContext) async throws

    /// Changes one attempt's HTTP response before it is parsed (an error status is parsed into a
    /// `ClientError`, or retried).
    func modifyBeforeDeserialization(_ response: inout HTTPResponse, context: InterceptorContext) async throws
    /// Sees one attempt's HTTP response before it is parsed.
    func readBeforeDeserialization(context: InterceptorContext) async throws

    /// Changes the parsed output of a successful call (`after-call`).
    func modifyAfterExecution(_ output: inout Document, context: InterceptorContext) async throws
    /// Sees the parsed output of a successful call.
    func readAfterExecution(context: InterceptorContext) async throws

    /// Changes (or replaces) the error a failed call throws (`after-call-error`).
    func modifyOnError(_ error: inout any Error, context: InterceptorContext) async throws
    /// Sees the error a failed call throws.
    func readOnError(context: InterceptorContext) async throws
}

extension ClientInterceptor {
    /// Does nothing.
    public func modifyBeforeSerialization(_ params: inout Document, context: InterceptorContext) async throws {}
    /// Does nothing.
    public func readBeforeSerialization(context: InterceptorContext) async throws {}
    /// Does nothing.
    public func modifyAfterSerialization(_ request: inout HTTPRequest, context: InterceptorContext) async throws {}
    /// Does nothing.
    public func readAfterSerialization(context: InterceptorContext) async throws {}
    /// Does nothing.
    public func modifyBeforeSigning(_ request: inout HTTPRequest, context: InterceptorContext) async throws {}
    /// Does nothing.
    public func readBeforeSigning(context: InterceptorContext) async throws {}
    /// Does nothing.
    public func modifyBeforeTransmit(_ request: inout HTTPRequest, context: InterceptorContext) async throws {}
    /// Does nothing.
    public func readBeforeTransmit(context: InterceptorContext) async throws {}
    /// Does nothing.
    public func modifyAfterTransmit(_ response: inout HTTPResponse, context: InterceptorContext) async throws {}
    /// Does nothing.
    public func readAfterTransmit(context: InterceptorContext) async throws {}
    /// Does nothing.
    public func modifyBeforeDeserialization(_ response: inout HTTPResponse, context: InterceptorContext) async throws {}
    /// Does nothing.
    public func readBeforeDeserialization(context: InterceptorContext) async throws {}
    /// Does nothing.
    public func modifyAfterExecution(_ output: inout Document, context: InterceptorContext) async throws {}
    /// Does nothing.
    public func readAfterExecution(context: InterceptorContext) async throws {}
    /// Does nothing.
    public func modifyOnError(_ error: inout any Error, context: InterceptorContext) async throws {}
    /// Does nothing.
    public func readOnError(context: InterceptorContext) async throws {}
}
