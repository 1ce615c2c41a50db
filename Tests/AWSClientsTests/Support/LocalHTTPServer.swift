import Foundation
import Synchronization
import AWSTestSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tiny HTTP/1.1 server on a free 127.0.0.1 port for tests that need a real socket (container
/// credentials, instance metadata, a recording endpoint). One request per connection
/// (`Connection: close`), served one at a time on a background thread; every loop is bounded by
/// a poll timeout, a size limit or the stop flag.
///
/// ```swift
/// let server = try LocalHTTPServer { request in .init(status: 200, body: "ok") }
/// defer { server.stop() }
/// ```
/// The serving thread holds the server until `stop()`, so every test must call it.
final class LocalHTTPServer: Sendable {
    /// A request as received: method, path with query, lowercased header names, body.
    struct Request: Sendable {
        var method: String
        var path: String
        var headers: [String: String]
        var body: Data
    }

    /// The answer to one request.
    struct Response: Sendable {
        var status: Int
        var headers: [(String, String)]
        var body: Data

        init(status: Int, headers: [(String, String)] = [], body: String = "") {
            self.status = status
            self.headers = headers
            self.body = Data(body.utf8)
        }
    }

    /// The port the server listens on.
    let port: Int
    /// `http://127.0.0.1:PORT`.
    var baseURL: String { "http://127.0.0.1:\(port)" }

    private let listener: Int32
    private let handler: @Sendable (Request) -> Response
    private let state = Mutex<(stopped: Bool, finished: Bool, requests: [Request])>((false, false, []))
    private static let maximumRequestBytes = 1 << 20

    /// Starts listening and serving with `handler`.
    init(handler: @escaping @Sendable (Request) -> Response) throws {
        self.handler = handler
        let (fd, boundPort) = try LoopbackPort.bound()
        guard listen(fd, 16) == 0 else {
            close(fd)
            throw ServerError("cannot listen on 127.0.0.1")
        }
        listener = fd
        port = boundPort
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    /// Every request served so far, in order.
    var requests: [Request] { state.withLock { $0.requests } }

    /// Stops serving and closes the listening socket (waits up to about a second for the thread).
    func stop() {
        let alreadyStopped = state.withLock { state -> Bool in
            defer { state.stopped = true }
            return state.stopped
        }
        guard !alreadyStopped else { return }
        for _ in 0..<50 where !state.withLock({ $0.finished }) { usleep(20_000) }
        close(listener)
    }

    private func serve() {
        defer { state.withLock { $0.finished = true } }
        while !state.withLock({ $0.stopped }) {
            var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 20) > 0 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            handle(client)
            close(client)
        }
    }

    private func handle(_ client: Int32) {
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let request = read(client) else { return }
        state.withLock { $0.requests.append(request) }
        let response = handler(request)
        var head = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(response.body.count)\r\nConnection: close\r\n\r\n"
        write(client, Data(head.utf8) + response.body)
    }

    /// Reads the head and a `Content-Length` body; `nil` on a malformed or oversized request.
    private func read(_ client: Int32) -> Request? {
        var bytes = Data()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        let separator = Data("\r\n\r\n".utf8)
        var headEnd: Range<Data.Index>?
        var expected = Int.max
        while bytes.count < Self.maximumRequestBytes {
            if headEnd == nil, let found = bytes.range(of: separator) {
                headEnd = found
                let head = String(decoding: bytes[..<found.lowerBound], as: UTF8.self)
                let length = Self.headers(head)["content-length"].flatMap { Int($0) } ?? 0
                expected = found.upperBound + length
            }
            if bytes.count >= expected { break }
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        guard let headEnd, bytes.count >= expected else { return nil }
        let head = String(decoding: bytes[..<headEnd.lowerBound], as: UTF8.self)
        let requestLine = head.split(separator: "\r\n", maxSplits: 1).first.map(String.init) ?? ""
        let parts = requestLine.split(separator: " ")
        guard parts.count == 3 else { return nil }
        return Request(method: String(parts[0]), path: String(parts[1]), headers: Self.headers(head),
                       body: Data(bytes[headEnd.upperBound..<expected]))
    }

    private static func headers(_ head: String) -> [String: String] {
        var headers: [String: String] = [:]
        for line in head.split(separator: "\r\n").dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[name] = headers[name].map { $0 + "," + value } ?? value
        }
        return headers
    }

    private func write(_ client: Int32, _ data: Data) {
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var sent = 0
            while sent < raw.count {
                let count = send(client, base + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                guard count > 0 else { return }
                sent += count
            }
        }
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        default: return "Status"
        }
    }

    /// The server could not start.
    struct ServerError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
