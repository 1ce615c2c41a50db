import CCurl
import Foundation

/// One request on its way through libcurl. Created by the caller's task; from `submit` on, every
/// field is touched only by the event-loop thread, which completes it exactly once.
final class CurlTransfer: @unchecked Sendable {
    /// How the caller waits for the response.
    enum Delivery {
        /// The whole response, body included.
        case buffered(CheckedContinuation<HTTPResponse, any Error>)
        /// The status and headers as soon as they are in; the body streams afterwards.
        case streaming(CheckedContinuation<HTTPStreamingResponse, any Error>)
    }

    let request: HTTPRequest
    let urlString: String
    let timeouts: HTTPTimeouts
    var delivery: Delivery?
    weak var loop: CurlEventLoop?
    var requestBody: CurlRequestBody
    var handle: CurlHandle?
    var easy: UnsafeMutableRawPointer? { handle?.easy }
    /// The body's bytes when they go out with the head (`CurlHandle.sendBody`), owned here.
    private var bodyBytes: UnsafeMutableRawBufferPointer?

    var statusCode = 0
    var responseHeaders = HTTPHeaders()
    var responseBody = Data()
    /// The reader's body, held weakly: a body its reader dropped cancels the transfer.
    weak var streamBody: HTTPResponseBody?
    /// Whether the body goes to a streaming reader (set when the head is handed out).
    var isStreaming = false
    /// Bytes refused by the reader's full buffer; offered again after the reader drains it.
    var pausedForReader = false
    var cancelRequested = false
    var finished = false
    /// When the transfer was added, and when bytes last moved (monotonic nanoseconds); 0 = none yet.
    var startedAt: UInt64 = 0
    var lastActivity: UInt64 = 0
    /// Bytes sent and received as of the last timeout scan.
    var bytesMoved: Int64 = 0

    init(request: HTTPRequest, timeouts: HTTPTimeouts) throws {
        self.request = request
        self.urlString = request.url.absoluteString
        self.timeouts = timeouts
        self.requestBody = try CurlRequestBody(request.body, requestURL: request.url.absoluteString)
    }

    deinit {
        bodyBytes?.deallocate()
        requestBody.close()
    }

    /// The error text libcurl left for this transfer.
    var errorDetail: String { handle?.errorDetail ?? "" }

    /// Sets this request's options on `handle` (its fixed options are already set); throws for
    /// headers that libcurl cannot send as given.
    func configure(_ handle: CurlHandle, options: HTTPTransportOptions) throws {
        self.handle = handle
        let easy = handle.easy
        handle.prepareForNextRequest()
        let context = Unmanaged.passUnretained(self).toOpaque()
        urlString.withCString { _ = ccurl_easy_setopt_pointer(easy, Int32(CCURLOPT_URL), $0) }
        ccurl_easy_setopt_long(easy, Int32(CCURLOPT_CONNECTTIMEOUT_MS), Self.milliseconds(timeouts.connect))
        ccurl_easy_setopt_pointer(easy, Int32(CCURLOPT_HEADERDATA), context)
        ccurl_easy_setopt_pointer(easy, Int32(CCURLOPT_WRITEDATA), context)
        ccurl_easy_setopt_pointer(easy, Int32(CCURLOPT_READDATA), context)
        configureProxy(easy, options: options)
        configureMethod(easy)
        try configureHeaders(easy, into: handle.headers, suppressContentType: bodyBytes != nil)
    }

    /// Bodies in memory below this size go out in the same write as the head.
    static let inlineBodyLimit: Int64 = 1 << 20

    private func configureMethod(_ easy: UnsafeMutableRawPointer) {
        // The SDK's methods are upper case already; copy only one that isn't.
        let method = request.method.utf8.contains { $0 >= 0x61 && $0 <= 0x7A } ? request.method.uppercased() : request.method
        switch method {
        case "GET" where requestBody.length == 0:
            ccurl_easy_setopt_long(easy, Int32(CCURLOPT_HTTPGET), 1)
        case "HEAD":
            ccurl_easy_setopt_long(easy, Int32(CCURLOPT_NOBODY), 1)
        case "DELETE" where requestBody.length == 0, "OPTIONS" where requestBody.length == 0:
            method.withCString { _ = ccurl_easy_setopt_pointer(easy, Int32(CCURLOPT_CUSTOMREQUEST), $0) }
        default:
            // A small body in memory is sent with the head in one write; an `Expect: 100-continue`
            // request keeps the read callback, so the body waits for the server's `100`.
            if requestBody.length > 0, requestBody.length < Self.inlineBodyLimit, !request.headers.contains("Expect"),
               let bytes = bodyBytes ?? requestBody.copyOfMemoryBytes(), let base = bytes.baseAddress {
                bodyBytes = bytes
                handle?.sendBody(base, length: requestBody.length)
                method.withCString { _ = ccurl_easy_setopt_pointer(easy, Int32(CCURLOPT_CUSTOMREQUEST), $0) }
                return
            }
            // Other bodies go through the read callback, read in place.
            ccurl_easy_setopt_long(easy, Int32(CCURLOPT_UPLOAD), 1)
            ccurl_easy_setopt_offset(easy, Int32(CCURLOPT_INFILESIZE_LARGE), requestBody.length)
            // 512 KiB of upload buffer for large bodies, libcurl's 64 KiB otherwise; set only when it
            // changes, since setting it frees the handle's buffer.
            handle?.setUploadBufferSize(requestBody.length >= 1 << 20 ? 512 * 1024 : 64 * 1024)
            if method != "PUT" {
                method.withCString { _ = ccurl_easy_setopt_pointer(easy, Int32(CCURLOPT_CUSTOMREQUEST), $0) }
            }
        }
    }

    /// The request's headers exactly; the ones curl would add on its own (`Accept`, `Expect`,
    /// and `Content-Type` for a body sent with the head) are suppressed unless the request has them.
    private func configureHeaders(_ easy: UnsafeMutableRawPointer, into list: CurlHeaderList, suppressContentType: Bool) throws {
        list.reset()
        var hasAccept = false
        var hasExpect = false
        var hasContentType = !suppressContentType
        for field in request.headers {
            var name = field.name
            var value = field.value
            let valid = name.withUTF8 { nameBytes in
                value.withUTF8 { valueBytes in
                    for byte in nameBytes where byte == 13 || byte == 10 || byte == 58 || byte == 0 { return false }
                    for byte in valueBytes where byte == 13 || byte == 10 || byte == 0 { return false }
                    list.append(name: nameBytes, value: valueBytes)
                    return true
                }
            }
            guard valid else {
                throw HTTPTransportError(.connectionFailed, url: urlString,
                                         underlying: "the header \(name.debugDescription) contains a line break, NUL or colon and cannot be sent")
            }
            if name.utf8.count == 6 {
                if name.caseInsensitiveEquals("accept") { hasAccept = true }
                if name.caseInsensitiveEquals("expect") { hasExpect = true }
            } else if name.utf8.count == 12, name.caseInsensitiveEquals("content-type") {
                hasContentType = true
            }
        }
        if !hasAccept { list.append(line: "Accept:") }
        if !hasExpect { list.append(line: "Expect:") }
        if !hasContentType { list.append(line: "Content-Type:") }
        ccurl_easy_setopt_pointer(easy, Int32(CCURLOPT_HTTPHEADER), UnsafeRawPointer(list.head()))
    }

    /// The proxy for this URL, or none; the proxy's TLS settings are the handle's.
    private func configureProxy(_ easy: UnsafeMutableRawPointer, options: HTTPTransportOptions) {
        // An empty proxy string turns off libcurl's own reading of the proxy environment: the
        // SDK decides (Config.proxies, else the environment, with NO_PROXY applied).
        let proxy = options.proxies.isEmpty ? "" : options.proxy(for: request.url) ?? ""
        proxy.withCString { _ = ccurl_easy_setopt_pointer(easy, Int32(CCURLOPT_PROXY), $0) }
    }

    static func milliseconds(_ seconds: Double) -> Int {
        guard seconds.isFinite, seconds > 0 else { return 0 }
        return Int(min(seconds * 1000, Double(Int32.max)).rounded(.up))
    }
}

extension CurlTransfer {
    /// Whether libcurl had a connection up for this transfer (so a timeout is a read timeout).
    var hasConnected: Bool { connectedAt() != nil }

    /// Notes whether bytes moved since the last look (headers, body, either way): if so, the
    /// read timeout starts over at `now`. Checked by the loop's timeout scan, not per callback.
    func noteProgress(at now: UInt64) {
        guard let easy else { return }
        var uploaded: ccurl_off_t = 0
        var downloaded: ccurl_off_t = 0
        var headerBytes = 0
        ccurl_easy_getinfo_offset(easy, Int32(CCURLINFO_SIZE_UPLOAD_T), &uploaded)
        ccurl_easy_getinfo_offset(easy, Int32(CCURLINFO_SIZE_DOWNLOAD_T), &downloaded)
        ccurl_easy_getinfo_long(easy, Int32(CCURLINFO_HEADER_SIZE), &headerBytes)
        let moved = uploaded &+ downloaded &+ Int64(headerBytes)
        if moved != bytesMoved {
            bytesMoved = moved
            lastActivity = now
        }
    }

    /// When the request started going out on a connection (new or reused), if it has.
    func connectedAt() -> UInt64? {
        guard let easy else { return nil }
        var microseconds: ccurl_off_t = 0
        guard ccurl_easy_getinfo_offset(easy, Int32(CCURLINFO_PRETRANSFER_TIME_T), &microseconds) == 0, microseconds > 0 else {
            return nil
        }
        return startedAt &+ UInt64(microseconds) * 1000
    }

    /// The response head is in: a streaming caller gets it now, and its body as it arrives.
    func headersComplete() {
        guard case .streaming(let continuation) = delivery, let loop else { return }
        delivery = nil
        let body = HTTPResponseBody(
            highWaterMark: 1 << 20,
            onDemand: { [weak self, weak loop] in if let self { loop?.resumeReading(self) } },
            onCancel: { [weak self, weak loop] in if let self { loop?.cancel(self) } })
        streamBody = body
        isStreaming = true
        continuation.resume(returning: HTTPStreamingResponse(statusCode: statusCode, headers: responseHeaders, body: body))
    }
}
