import Foundation

/// What an interceptor knows of a call at one stage: the operation, its parameters, and the
/// request, response, output or error as far as the call has them.
public struct InterceptorContext: Sendable {
    /// The service's name (`s3`).
    public let serviceName: String
    /// The API name of the operation (`PutObject`).
    public let operationName: String
    /// The parameters: the caller's before serialization, then as the SDK's customizations
    /// completed them (S3's `ContentMD5`, idempotency tokens, ...).
    public internal(set) var params: Document
    /// The HTTP request, from the after-serialization stage on: unsigned until before transmit.
    public internal(set) var request: HTTPRequest?
    /// This attempt's HTTP response, from the after-transmit stage on.
    public internal(set) var response: HTTPResponse?
    /// The parsed output, at the after-execution stage.
    public internal(set) var output: Document?
    /// The error the call throws, at the on-error stage.
    public internal(set) var error: (any Error)?
    /// The attempt, counting from 1 (0 before the first attempt, and when no attempt was sent,
    /// as for a stubbed call).
    public internal(set) var attempt: Int = 0
    /// Why the previous attempt is being retried, from attempt 2 on (`HTTP 503 SlowDown`,
    /// `connection closed`, ...).
    public internal(set) var retryReason: String?
    /// When the call started.
    public let startedAt: ContinuousClock.Instant
    /// When this attempt's request was handed to the transport (set from the before-transmit
    /// `read…` stage's end on), for timing an attempt.
    public internal(set) var transmittedAt: ContinuousClock.Instant?
    /// Whether the call is a streaming one (`callStreaming`): response stages then see the
    /// headers with an empty body.
    public let isStreaming: Bool

    /// Creates a context (the SDK creates them; tests of an interceptor can too).
    public init(serviceName: String, operationName: String, params: Document, isStreaming: Bool = false,
                startedAt: ContinuousClock.Instant = .now) {
        self.serviceName = serviceName
        self.operationName = operationName
        self.params = params
        self.isStreaming = isStreaming
        self.startedAt = startedAt
    }
}
