import Foundation

/// The SDK's default transport on Linux: libcurl's multi interface on one event-loop thread.
///
/// - Connections are kept alive and pooled per host (`maxConnectionsPerHost`, botocore's
///   `max_pool_connections`); any number of Swift tasks can have requests in flight without
///   blocking a thread of the cooperative pool.
/// - TLS is verified against the system trust store unless `verify` says otherwise
///   (`.caBundle(path)` for `AWS_CA_BUNDLE` / `ca_bundle`, `.disabled` only when asked).
/// - Proxies come from `options` (Config.proxies, else `HTTP(S)_PROXY` / `NO_PROXY`): HTTPS goes
///   through a `CONNECT` tunnel, HTTP is forwarded.
/// - Connect timeouts are libcurl's; read timeouts count time without a byte moving, as a socket
///   timeout does in botocore. Both surface as `HTTPTransportError` and are retried like botocore's.
/// - Request bodies are pulled from memory or read from files in place; `stream` hands the body
///   out while it arrives, pausing the socket while the reader lags behind.
/// - Cancelling the calling task aborts the transfer at once and frees its connection.
/// - The request's headers are sent exactly as signed: libcurl's own `Accept` and `Expect` are
///   suppressed unless the request carries them; an `Expect: 100-continue` the SDK adds (S3
///   uploads of 1 MiB or more, as botocore) makes libcurl wait up to a second for the `100`.
public final class CurlTransport: HTTPTransport {
    /// The options it was built with.
    public let options: HTTPTransportOptions
    private let loop: CurlEventLoop

    /// Creates a transport; throws when libcurl cannot be loaded (`CurlLibrary.loadError` says why).
    public init(options: HTTPTransportOptions = HTTPTransportOptions(kind: .curl)) throws {
        self.options = options
        loop = try CurlEventLoop(options: options)
    }

    /// The event loop's thread as an executor. Sequential calls run inside
    /// `withTaskExecutorPreference(transport.taskExecutor)` skip two thread hand-offs each (task
    /// to loop, loop back to the task): lower latency, but every task that prefers it shares that
    /// one thread, so keep concurrent work on the default executor.
    public var taskExecutor: (any TaskExecutor)? { loop }

    /// Whether the caller runs on the event loop's thread.
    package var isOnLoopThread: Bool { loop.isLoopThread }

    deinit {
        loop.shutdown()
    }

    /// Stops the event loop and returns once its connections are closed: transfers still running
    /// fail with `.cancelled`, and so do requests sent afterwards.
    public func shutdown() async {
        await loop.shutdownAndWait()
    }

    /// Sends the request and reads the whole response.
    public func send(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws -> HTTPResponse {
        try await run(request, timeouts: timeouts) { .buffered($0) }
    }

    /// Sends the request and returns once the response head is in; the body streams.
    public func stream(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws -> HTTPStreamingResponse {
        try await run(request, timeouts: timeouts) { .streaming($0) }
    }

    /// Submits a transfer that completes `Response` through the delivery `deliver` makes; a
    /// cancelled task aborts it.
    private func run<Response: Sendable>(_ request: HTTPRequest, timeouts: HTTPTimeouts,
                                         deliver: (CheckedContinuation<Response, any Error>) -> CurlTransfer.Delivery) async throws -> Response {
        let transfer = try CurlTransfer(request: request, timeouts: timeouts)
        let loop = self.loop
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Response, any Error>) in
                transfer.delivery = deliver(continuation)
                loop.submit(transfer)
            }
        } onCancel: {
            loop.cancel(transfer)
        }
    }
}
