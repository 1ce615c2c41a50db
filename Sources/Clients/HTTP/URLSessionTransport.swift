import Foundation
import Synchronization
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The portable HTTP transport, over Foundation's `URLSession`: keep-alive connections reused
/// across requests (one session per transport), bodies streamed both ways, redirects handed
/// back to the caller (as botocore, which never follows them).
///
/// It never adds, changes or removes a header the SDK signed: the request's fields are copied as
/// they are; `Host` is left to the URL (the signer signs the same value).
///
/// Request bodies: `.file` is uploaded from disk; `.fileSegment` and `.awsChunked` are read (and
/// framed) in small pieces as the connection takes them (on Darwin they are first copied to a
/// temporary file in 1 MiB chunks, since `NSInputStream` cannot be safely subclassed there). None
/// is loaded whole. On Linux an `.awsChunked` body goes out with chunked transfer coding (a body
/// stream has no length there), elsewhere with its length as `Content-Length`.
///
/// Response bodies (`stream`): chunks are handed to `HTTPResponseBody` as they arrive. On Darwin
/// the task is suspended while the reader is behind, so the socket is not read. **On Linux**,
/// FoundationNetworking cannot pause a transfer (`suspend()` on a running task removes it from
/// libcurl and starts it over), so chunks the reader has not taken yet are held in memory: a
/// reader slower than the network lets the buffer grow. The libcurl transport (`CurlTransport`,
/// the default on Linux) pauses the socket instead.
///
/// Timeouts: URLSession has a single inactivity timeout; it is set to the read timeout, which
/// therefore also bounds connecting (`connectTimeout` applies only with `CurlTransport`).
///
/// **Known limitation on Linux (not fixed):** when a reused keep-alive connection is reset before
/// any response byte, libcurl inside FoundationNetworking resends the request by itself: an attempt
/// the retry policy never decided on and `RetryAttempts` does not count (a non-idempotent call such
/// as SQS SendMessage can take effect twice, even with retries off), and for a PUT or POST the
/// resend carries the head without the body, so it stalls until the read timeout before the
/// SDK's retry. FoundationNetworking gives no hook into its libcurl handles, and sending
/// `Connection: close` to avoid reuse made requests stall under concurrent load (one in a few
/// thousand waited out the read timeout). Use `CurlTransport`, the default on Linux, which stops
/// these resends; FaultInjectionMotoTests pins this behaviour.
///
/// Options (`HTTPTransportOptions`) on Linux, where FoundationNetworking gives no hook for them:
/// - `verify: .disabled` cannot switch verification off (certificates are still verified: the
///   request can only fail, never be less safe); TLS errors then say so.
/// - `verify: .caBundle(path)` cannot be applied (FoundationNetworking reads no CA bundle setting
///   outside Android): HTTPS requests throw `HTTPTransportError(.tlsFailure)` rather than verify
///   against other roots than asked.
/// - proxies: libcurl reads `HTTP_PROXY` / `HTTPS_PROXY` / `ALL_PROXY` / `NO_PROXY` itself; a proxy
///   from `Config.proxies` that the environment does not name cannot be set, and such requests
///   throw `HTTPTransportError(.connectionFailed)`. `proxiesConfig` and `tcpKeepalive` are ignored.
/// On Darwin, `.disabled` accepts any server certificate, proxies go to the session's
/// `connectionProxyDictionary` (by scheme, with the `no` list as exceptions), and `.caBundle`
/// throws as on Linux.
public final class URLSessionTransport: HTTPTransport {
    private let session: URLSession
    private let router: URLSessionTaskRouter
    /// Set by `shutdown()`: tasks are created under this lock, so none is made on the session
    /// once it is invalidated (which URLSession does not allow).
    private let isShutDown = Mutex(false)
    /// The options it was built with.
    public let options: HTTPTransportOptions
    /// Unread response bytes held before the transfer pauses (Darwin) or before `offer` refuses.
    let highWaterMark = 1 << 20

    /// Creates a transport with at most `maxConnectionsPerHost` keep-alive connections per host
    /// (botocore's default pool size: 10).
    public convenience init(maxConnectionsPerHost: Int = 10) {
        self.init(options: HTTPTransportOptions(kind: .urlSession, maxConnectionsPerHost: maxConnectionsPerHost))
    }

    /// Creates a transport with these options.
    public init(options: HTTPTransportOptions) {
        self.options = options
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = options.maxConnectionsPerHost
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpAdditionalHeaders = [:]
        #if !canImport(FoundationNetworking)
        if let proxies = Self.proxyDictionary(options.proxies) { configuration.connectionProxyDictionary = proxies }
        #endif
        router = URLSessionTaskRouter(verify: options.verify)
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        queue.name = "URLSessionTransport delegate"
        session = URLSession(configuration: configuration, delegate: router, delegateQueue: queue)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    /// Cancels running tasks and invalidates the session; later requests fail with `.cancelled`.
    public func shutdown() async {
        isShutDown.withLock { isShutDown in
            guard !isShutDown else { return }
            isShutDown = true
            session.invalidateAndCancel()
        }
    }

    /// Sends the request and reads the whole response; transport failures become
    /// `HTTPTransportError`, and cancelling the calling task cancels the transfer.
    public func send(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws -> HTTPResponse {
        let response = try await start(request, timeouts: timeouts, highWaterMark: .max)
        let body = try await response.body.collect()
        return HTTPResponse(statusCode: response.statusCode, headers: response.headers, body: body)
    }

    /// Sends the request and returns once the status and headers are in; the body arrives while
    /// the caller reads it. Cancelling the calling task (before the headers) or the body (after)
    /// cancels the transfer.
    public func stream(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws -> HTTPStreamingResponse {
        try await start(request, timeouts: timeouts, highWaterMark: highWaterMark)
    }

    private func start(_ request: HTTPRequest, timeouts: HTTPTimeouts, highWaterMark: Int) async throws -> HTTPStreamingResponse {
        let url = request.url.absoluteString
        try checkOptions(for: request.url)
        try Task.checkCancellation()
        let (task, cleanup) = try isShutDown.withLock { isShutDown in
            guard !isShutDown else {
                throw HTTPTransportError(.cancelled, url: url, underlying: "the transport was shut down")
            }
            return try makeTask(request, timeouts: timeouts)
        }
        let handler = URLSessionTaskHandler(task: task, url: url, highWaterMark: highWaterMark, cleanup: cleanup,
                                            bodyStream: Self.bodyStreamFactory(request.body), verify: options.verify)
        router.register(handler, for: task.taskIdentifier)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPStreamingResponse, any Error>) in
                handler.start(continuation)
            }
        } onCancel: {
            handler.cancelBeforeHead()
        }
    }

    /// Builds the task for the request's body; `cleanup` removes a temporary file, if one was made.
    private func makeTask(_ request: HTTPRequest, timeouts: HTTPTimeouts) throws -> (URLSessionDataTask, (@Sendable () -> Void)?) {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        // URLSession has one inactivity timeout, no separate connect timeout: it is the read
        // timeout, so `Config(readTimeout:)` holds (the connect phase is bounded by it too).
        urlRequest.timeoutInterval = timeouts.read
        for field in request.headers where !field.name.caseInsensitiveEquals("host") {
            urlRequest.addValue(field.value, forHTTPHeaderField: field.name)
        }
        switch request.body {
        case .empty:
            return (session.dataTask(with: urlRequest), nil)
        case .data(let body):
            if body.isEmpty { return (session.dataTask(with: urlRequest), nil) }
            if request.method == "GET" || request.method == "HEAD" {
                urlRequest.httpBody = body
                return (session.dataTask(with: urlRequest), nil)
            }
            return (session.uploadTask(with: urlRequest, from: body), nil)
        case .file(let file):
            return (session.uploadTask(with: urlRequest, fromFile: file), nil)
        case .fileSegment(let file, let offset, let length):
            if urlRequest.value(forHTTPHeaderField: "Content-Length") == nil {
                urlRequest.setValue(String(length), forHTTPHeaderField: "Content-Length")
            }
            #if canImport(FoundationNetworking)
            urlRequest.httpBodyStream = try FileSegmentInputStream(url: file, offset: offset, length: length)
            return (session.dataTask(with: urlRequest), nil)
            #else
            let copy = try FileSegmentInputStream.copySegment(of: file, offset: offset, length: length)
            return (session.uploadTask(with: urlRequest, fromFile: copy), { try? FileManager.default.removeItem(at: copy) })
            #endif
        case .awsChunked(let chunked):
            #if canImport(FoundationNetworking)
            // FoundationNetworking gives a body stream no length (libcurl is told it is unknown), so
            // it goes out with chunked transfer coding, as botocore sends it; a Content-Length
            // beside it would contradict the framing (RFC 9112 6.3), so none is added.
            urlRequest.httpBodyStream = AWSChunkedInputStream(chunked)
            return (session.dataTask(with: urlRequest), nil)
            #else
            let copy = try AWSChunkedInputStream.copyToTemporaryFile(chunked)
            return (session.uploadTask(with: urlRequest, fromFile: copy), { try? FileManager.default.removeItem(at: copy) })
            #endif
        }
    }

    /// A fresh body stream for a retried upload of a file segment (`needNewBodyStream`).
    private static func bodyStreamFactory(_ body: HTTPBody) -> (@Sendable () -> InputStream?)? {
        #if canImport(FoundationNetworking)
        if case .fileSegment(let file, let offset, let length) = body {
            return { try? FileSegmentInputStream(url: file, offset: offset, length: length) }
        }
        if case .awsChunked(let chunked) = body {
            return { AWSChunkedInputStream(chunked) }
        }
        #endif
        return nil
    }

    /// Refuses requests whose options this platform cannot apply (see the type's documentation).
    private func checkOptions(for url: URL) throws {
        if case .caBundle(let path) = options.verify, url.scheme?.lowercased() == "https" {
            throw HTTPTransportError(.tlsFailure, url: url.absoluteString, underlying:
                "URLSessionTransport cannot verify against the CA bundle \(path): Foundation's URLSession offers no way to set one. "
                + "Use the libcurl transport (Config.httpTransport = .curl or AWS_SWIFT_HTTP_TRANSPORT=curl), or install the CA in the system store")
        }
        #if canImport(FoundationNetworking)
        if let proxy = options.proxy(for: url), !Self.environmentNamesProxy(proxy, for: url) {
            throw HTTPTransportError(.connectionFailed, url: url.absoluteString, underlying:
                "URLSessionTransport on Linux cannot send through the proxy \(proxy) from Config.proxies (libcurl under URLSession reads "
                + "only HTTP_PROXY / HTTPS_PROXY / ALL_PROXY). Use the libcurl transport (AWS_SWIFT_HTTP_TRANSPORT=curl) or set the environment variable")
        }
        #endif
    }

    #if canImport(FoundationNetworking)
    /// Whether libcurl will pick `proxy` for `url` from the environment by itself.
    private static func environmentNamesProxy(_ proxy: String, for url: URL) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        let scheme = url.scheme?.lowercased() ?? "http"
        let names = scheme == "https" ? ["https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"]
            : ["http_proxy", "all_proxy", "ALL_PROXY"]
        return names.contains { environment[$0] == proxy }
    }
    #else
    /// `connectionProxyDictionary` for the scheme-wide proxies (per-host entries cannot be expressed).
    private static func proxyDictionary(_ proxies: [String: String]) -> [AnyHashable: Any]? {
        var dictionary: [AnyHashable: Any] = [:]
        for (scheme, prefix) in [("http", "HTTP"), ("https", "HTTPS")] {
            guard let value = proxies[scheme] ?? proxies["all"], let components = URLComponents(string: value),
                  let host = components.host else { continue }
            dictionary["\(prefix)Enable"] = 1
            dictionary["\(prefix)Proxy"] = host
            dictionary["\(prefix)Port"] = components.port ?? (components.scheme == "https" ? 443 : 80)
        }
        if let exceptions = proxies["no"] {
            dictionary["ExceptionsList"] = exceptions.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        return dictionary.isEmpty ? nil : dictionary
    }
    #endif

    static func translate(_ error: any Error, url: String, verify: TLSVerification) -> HTTPTransportError {
        if let error = error as? HTTPTransportError { return error }
        guard let error = error as? URLError else {
            return HTTPTransportError(.connectionFailed, url: url, underlying: "\(error)")
        }
        let cause = "\(error.code.rawValue): \(error.localizedDescription)"
        switch error.code {
        case .timedOut: return HTTPTransportError(.readTimeout, url: url, underlying: cause)
        case .cancelled: return HTTPTransportError(.cancelled, url: url, underlying: cause)
        case .networkConnectionLost: return HTTPTransportError(.connectionClosed, url: url, underlying: cause)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            #if canImport(FoundationNetworking)
            if verify == .disabled {
                return HTTPTransportError(.tlsFailure, url: url, underlying: cause
                    + " (verify is disabled, but URLSession on Linux cannot switch verification off; use the libcurl transport)")
            }
            #endif
            return HTTPTransportError(.tlsFailure, url: url, underlying: cause)
        // On Linux, libcurl's certificate errors arrive as `.unknown` with curl's message
        // ("SSL certificate problem: ...", "SSL: no alternative certificate subject name ...").
        case .unknown where error.localizedDescription.hasPrefix("SSL"):
            return HTTPTransportError(.tlsFailure, url: url, underlying: cause)
        default: return HTTPTransportError(.connectionFailed, url: url, underlying: cause)
        }
    }
}
