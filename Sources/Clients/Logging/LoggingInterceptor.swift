import Foundation

/// The SDK's logger as an interceptor: `Session.setStreamLogger(level:)` runs one for every
/// client; add one to `Config(interceptors:)` or a `Session` to log only those clients.
///
/// At `.debug`: the endpoint of each call, one line per HTTP request
/// (`s3.PutObject PUT https://host/key -> 200 (attempt 1, 12.3 ms, request id ABC)`), each retry
/// with its reason, and failures. At `.trace`: also each request's and response's headers and
/// bodies (truncated). Secrets are redacted (see `LogRedaction`).
public struct LoggingInterceptor: ClientInterceptor {
    /// The least severe level logged.
    public let level: LogLevel
    /// Where lines go.
    public let handler: any LogHandler

    /// Logs from `level` up to `handler` (standard error by default).
    public init(level: LogLevel = .debug, handler: any LogHandler = StreamLogHandler()) {
        self.level = level
        self.handler = handler
    }

    private func log(_ at: LogLevel, _ message: @autoclosure () -> String) {
        guard at >= level else { return }
        handler.log(level: at, message: message())
    }

    private func name(_ context: InterceptorContext) -> String { "\(context.serviceName).\(context.operationName)" }

    /// The URL's scheme, host and port (`https://b.s3.amazonaws.com`).
    private func origin(_ url: URL) -> String {
        "\(url.scheme ?? "https")://\(url.host ?? "")" + (url.port.map { ":\($0)" } ?? "")
    }

    /// The URL without its query (where presigned secrets would be), for one-line messages.
    private func endpoint(_ url: URL) -> String {
        let path = url.path(percentEncoded: true)
        return origin(url) + (path.isEmpty ? "/" : path)
    }

    /// Logs the resolved endpoint.
    public func readAfterSerialization(context: InterceptorContext) async throws {
        guard let url = context.request?.url, level <= .debug else { return }
        log(.debug, "\(name(context)): endpoint resolved to \(origin(url))")
    }

    /// Logs a retry and its reason.
    public func readBeforeSigning(context: InterceptorContext) async throws {
        guard context.attempt > 1 else { return }
        log(.debug, "\(name(context)): retrying (attempt \(context.attempt)) after \(context.retryReason ?? "a failure")")
    }

    /// Logs the signed request's headers and body at trace level.
    public func readBeforeTransmit(context: InterceptorContext) async throws {
        guard level <= .trace, let request = context.request else { return }
        let body = request.body.inMemoryData.map { LogRedaction.body($0) } ?? "(streamed body)"
        log(.trace, "\(name(context)) request (attempt \(context.attempt)): \(request.method) \(LogRedaction.url(request.url))\n"
            + LogRedaction.headers(request.headers) + "\n\n" + body)
    }

    /// Logs the one line per HTTP request, and at trace level the response's headers and body.
    public func readAfterTransmit(context: InterceptorContext) async throws {
        guard level <= .debug, let response = context.response, let request = context.request else { return }
        let duration = context.transmittedAt.map { start -> String in
            let elapsed = start.duration(to: .now).components
            let tenths = elapsed.seconds * 10_000 + elapsed.attoseconds / 100_000_000_000_000  // tenths of a millisecond
            return "\(tenths / 10).\(tenths % 10) ms"
        } ?? "?"
        let requestID = ResponseMetadata.requestID(headers: response.headers) ?? "none"
        log(.debug, "\(name(context)) \(request.method) \(endpoint(request.url)) -> \(response.statusCode) "
            + "(attempt \(context.attempt), \(duration), request id \(requestID))")
        guard level <= .trace else { return }
        log(.trace, "\(name(context)) response (attempt \(context.attempt)): \(response.statusCode)\n"
            + LogRedaction.headers(response.headers) + "\n\n" + (context.isStreaming ? "(streamed body)" : LogRedaction.body(response.body)))
    }

    /// Logs a successful call answered without a request (a stub).
    public func readAfterExecution(context: InterceptorContext) async throws {
        guard context.attempt == 0 else { return }
        log(.debug, "\(name(context)) answered without a request (stubbed)")
    }

    /// Logs the error a call throws.
    public func readOnError(context: InterceptorContext) async throws {
        guard let error = context.error else { return }
        log(.debug, "\(name(context)) failed after \(context.attempt) attempt(s): \(LogRedaction.text(String(describing: error)))")
    }
}
