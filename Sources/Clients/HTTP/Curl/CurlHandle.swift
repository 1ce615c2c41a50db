import CCurl

/// A libcurl easy handle reused from request to request, with the options that never change set
/// once (callbacks, HTTP/1.1, paths sent as-is, TLS settings) and its own error buffer. Used only
/// on the event-loop thread.
final class CurlHandle {
    let easy: UnsafeMutableRawPointer
    let errorBuffer: UnsafeMutablePointer<CChar>
    /// The current request's header lines, in storage reused from request to request.
    let headers = CurlHeaderList()
    /// How many times libcurl started sending the current request (`ccurl_easy_limit_sends`).
    private let sends: UnsafeMutablePointer<Int32>

    init?(options: HTTPTransportOptions) {
        guard let easy = ccurl_easy_init() else { return nil }
        self.easy = easy
        errorBuffer = .allocate(capacity: Int(CCURL_ERROR_SIZE))
        errorBuffer.initialize(to: 0)
        sends = .allocate(capacity: 1)
        sends.initialize(to: 0)
        _ = ccurl_easy_limit_sends(easy, sends)
        ccurl_easy_setopt_long(easy, Int32(CCURLOPT_NOSIGNAL), 1)
        ccurl_easy_setopt_long(easy, Int32(CCURLOPT_PATH_AS_IS), 1)
        ccurl_easy_setopt_long(easy, Int32(CCURLOPT_HTTP_VERSION), Int(CCURL_HTTP_VERSION_1_1))
        ccurl_easy_setopt_long(easy, Int32(CCURLOPT_SUPPRESS_CONNECT_HEADERS), 1)
        ccurl_easy_setopt_pointer(easy, Int32(CCURLOPT_ERRORBUFFER), errorBuffer)
        ccurl_easy_setopt_callback(easy, Int32(CCURLOPT_HEADERFUNCTION), curlHeaderCallback)
        ccurl_easy_setopt_callback(easy, Int32(CCURLOPT_WRITEFUNCTION), curlWriteCallback)
        ccurl_easy_setopt_callback(easy, Int32(CCURLOPT_READFUNCTION), curlReadCallback)
        if options.tcpKeepalive { ccurl_easy_setopt_long(easy, Int32(CCURLOPT_TCP_KEEPALIVE), 1) }
        switch options.verify {
        case .enabled: break
        case .disabled:
            ccurl_easy_setopt_long(easy, Int32(CCURLOPT_SSL_VERIFYPEER), 0)
            ccurl_easy_setopt_long(easy, Int32(CCURLOPT_SSL_VERIFYHOST), 0)
            ccurl_easy_setopt_long(easy, Int32(CCURLOPT_PROXY_SSL_VERIFYPEER), 0)
            ccurl_easy_setopt_long(easy, Int32(CCURLOPT_PROXY_SSL_VERIFYHOST), 0)
        case .caBundle(let path):
            path.withCString { _ = ccurl_easy_setopt_pointer(easy, Int32(CCURLOPT_CAINFO), $0) }
        }
        if let bundle = options.proxiesConfig.proxyCABundle {
            bundle.withCString { _ = ccurl_easy_setopt_pointer(easy, Int32(CCURLOPT_PROXY_CAINFO), $0) }
        }
        if let certificate = options.proxiesConfig.proxyClientCert {
            certificate.withCString { _ = ccurl_easy_setopt_pointer(easy, Int32(CCURLOPT_PROXY_SSLCERT), $0) }
        }
    }

    deinit {
        ccurl_easy_cleanup(easy)
        errorBuffer.deallocate()
        sends.deallocate()
    }

    /// Whether libcurl tried to send the current request a second time on its own (a reused
    /// connection died before any response byte) and was stopped.
    var resendWasStopped: Bool { sends.pointee > 1 }

    /// The error text libcurl left for the last transfer.
    var errorDetail: String { String(cString: errorBuffer) }

    private var uploadBufferSize = 64 * 1024

    /// Sizes the upload buffer (libcurl reallocates it only after this changes it).
    func setUploadBufferSize(_ size: Int) {
        guard size != uploadBufferSize else { return }
        uploadBufferSize = size
        ccurl_easy_setopt_long(easy, Int32(CCURLOPT_UPLOAD_BUFFERSIZE), size)
    }

    /// Whether the last request sent its body from `POSTFIELDS` (a pointer the next one must not keep).
    private var sentPostFields = false

    /// Sends `length` bytes at `bytes` as the body, in the same write as the head (libcurl puts
    /// a small in-memory body into its request buffer; the read callback would take a second
    /// `send`). `bytes` must stay valid until the transfer ends. libcurl treats the request as a
    /// POST; `CUSTOMREQUEST` names the real method.
    func sendBody(_ bytes: UnsafeRawPointer, length: Int64) {
        sentPostFields = true
        ccurl_easy_setopt_offset(easy, Int32(CCURLOPT_POSTFIELDSIZE_LARGE), length)
        ccurl_easy_setopt_pointer(easy, Int32(CCURLOPT_POSTFIELDS), bytes)
    }

    /// Clears what one request set and the next might not: the method, the body, the headers.
    func prepareForNextRequest() {
        errorBuffer[0] = 0
        sends.pointee = 0
        if sentPostFields {
            // Drop the last body's pointer (this also selects POST; HTTPGET below resets that).
            sentPostFields = false
            ccurl_easy_setopt_pointer(easy, Int32(CCURLOPT_POSTFIELDS), nil)
            ccurl_easy_setopt_offset(easy, Int32(CCURLOPT_POSTFIELDSIZE_LARGE), -1)
        }
        ccurl_easy_setopt_long(easy, Int32(CCURLOPT_HTTPGET), 1)
        ccurl_easy_setopt_pointer(easy, Int32(CCURLOPT_CUSTOMREQUEST), nil)
        ccurl_easy_setopt_pointer(easy, Int32(CCURLOPT_HTTPHEADER), nil)
    }
}
