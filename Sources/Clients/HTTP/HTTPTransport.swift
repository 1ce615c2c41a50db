/// Sends HTTP requests. The SDK's default is `CurlTransport` on Linux and `URLSessionTransport`
/// elsewhere (see `HTTPTransports.make`); tests and benchmarks plug in
/// their own (a stub answering canned responses, a recording transport, ...).
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the response with its body. Throws `HTTPTransportError` for
    /// connection failures and timeouts; HTTP error statuses are responses, not errors.
    func send(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws -> HTTPResponse

    /// Sends `request` and returns as soon as the status and headers are in; the body is read
    /// while the caller iterates it. The default reads the whole body through `send`.
    func stream(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws -> HTTPStreamingResponse

    /// The executor of the transport's own I/O thread, when it has one: tasks that prefer it
    /// (`withTaskExecutorPreference`) run on that thread and get their responses without a
    /// thread hand-off. `nil` by default.
    var taskExecutor: (any TaskExecutor)? { get }

    /// Closes the transport's connections and stops its threads, once no client uses it (a
    /// session calls it when the last of its clients sharing the transport is closed). Requests
    /// made afterwards fail with `HTTPTransportError` `.cancelled` rather than wait. Does nothing
    /// by default.
    func shutdown() async
}

extension HTTPTransport {
    /// No executor of its own.
    public var taskExecutor: (any TaskExecutor)? { nil }

    /// Nothing to release.
    public func shutdown() async {}

    /// Reads the whole response through `send`, then hands it out as one chunk.
    public func stream(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws -> HTTPStreamingResponse {
        let response = try await send(request, timeouts: timeouts)
        return HTTPStreamingResponse(statusCode: response.statusCode, headers: response.headers,
                                     body: HTTPResponseBody(data: response.body))
    }
}

/// Connect and read timeouts for one request, in seconds (botocore's defaults: 60 and 60).
public struct HTTPTimeouts: Sendable, Hashable {
    /// Time allowed to establish the connection.
    public var connect: Double
    /// Time allowed between bytes of the response.
    public var read: Double

    /// Creates timeouts.
    public init(connect: Double = 60, read: Double = 60) {
        self.connect = connect
        self.read = read
    }
}

/// A request that failed below HTTP: no connection, a timeout, a broken transfer.
public struct HTTPTransportError: Error, Sendable, CustomStringConvertible {
    /// The family of failure.
    public enum Code: Sendable, Hashable {
        /// The connection could not be established (refused, DNS, TLS handshake).
        case connectionFailed
        /// Establishing the connection took longer than the connect timeout.
        case connectTimeout
        /// The response did not arrive within the read timeout.
        case readTimeout
        /// The connection broke during the transfer.
        case connectionClosed
        /// The request was cancelled.
        case cancelled
        /// The TLS certificate was not trusted or did not match the host.
        case tlsFailure
    }

    /// The family of failure.
    public let code: Code
    /// The URL that was being fetched.
    public let url: String
    /// A description of the underlying cause.
    public let underlying: String

    /// Creates an error.
    public init(_ code: Code, url: String, underlying: String) {
        self.code = code
        self.url = url
        self.underlying = underlying
    }

    /// "Could not connect to the endpoint URL: ..." and the cause, in botocore's wording.
    public var description: String {
        switch code {
        case .connectTimeout: return "Connect timeout on endpoint URL: \"\(url)\" (\(underlying))"
        case .readTimeout: return "Read timeout on endpoint URL: \"\(url)\" (\(underlying))"
        case .connectionClosed: return "Connection was closed before we received a valid response from endpoint URL: \"\(url)\" (\(underlying))"
        case .cancelled: return "Request to \"\(url)\" was cancelled"
        case .tlsFailure: return "SSL validation failed for \(url) (\(underlying))"
        case .connectionFailed: return "Could not connect to the endpoint URL: \"\(url)\" (\(underlying))"
        }
    }
}
