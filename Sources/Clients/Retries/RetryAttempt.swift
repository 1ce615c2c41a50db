/// What happened on one attempt of a request, as a retry strategy sees it.
public struct RetryAttempt: Sendable {
    /// The attempt that just finished, starting at 1.
    public var number: Int
    /// The HTTP status, when a response arrived.
    public var statusCode: Int?
    /// The service error code, when the response was an error with a code.
    public var errorCode: String?
    /// Response headers, when a response arrived (`x-amz-retry-after` is read from them).
    public var headers: HTTPHeaders
    /// The transport failure, when no response arrived.
    public var transportError: HTTPTransportError?
    /// Whether a response checksum (DynamoDB's `x-amz-crc32`) did not match the body.
    public var checksumMismatch: Bool
    /// The operation's modeled errors (their `retryable` traits make modeled errors retryable).
    public var operation: OperationModel?

    /// Creates an attempt description.
    public init(number: Int, statusCode: Int? = nil, errorCode: String? = nil, headers: HTTPHeaders = HTTPHeaders(),
                transportError: HTTPTransportError? = nil, checksumMismatch: Bool = false, operation: OperationModel? = nil) {
        self.number = number
        self.statusCode = statusCode
        self.errorCode = errorCode
        self.headers = headers
        self.transportError = transportError
        self.checksumMismatch = checksumMismatch
        self.operation = operation
    }

    /// Whether the failure is a timeout (connect or read).
    var isTimeout: Bool {
        transportError?.code == .connectTimeout || transportError?.code == .readTimeout
    }

    /// Whether the failure is a connection-level error botocore retries (not a cancellation or TLS failure).
    var isRetryableTransportError: Bool {
        guard let code = transportError?.code else { return false }
        return code != .cancelled && code != .tlsFailure
    }

    /// The modeled `retryable` trait matching `errorCode`, if any: `true` when it is a throttling error.
    var modeledRetryable: (isThrottling: Bool, found: Bool) {
        guard let errorCode, let operation else { return (false, false) }
        for shape in operation.errors {
            guard let retryable = shape.definition["retryable"]?.object else { continue }
            if (shape.errorTrait?.code ?? shape.name) == errorCode {
                return (retryable["throttling"]?.bool ?? false, true)
            }
        }
        return (false, false)
    }
}

/// What a retry strategy decided after an attempt.
public enum RetryDecision: Sendable, Equatable {
    /// Stop: return the response or throw the error.
    case stop
    /// Wait this many seconds, then try again.
    case retry(after: Double)
}
