import Foundation
import Synchronization
import AWSTestSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An HTTP/1.1 server on a free 127.0.0.1 port that answers each request by running a script
/// against the raw connection: the head, then bytes written in pieces of odd sizes (each flushed
/// on its own, with `TCP_NODELAY`), pauses until the test opens a gate, and an abrupt close.
/// One connection at a time, on a background thread; every wait is bounded.
///
/// ```swift
/// let server = try EventStreamLoopbackServer { request, connection in
///     connection.head(status: 200, headers: [("Content-Type", "application/vnd.amazon.eventstream")])
///     connection.write(frames, pieces: [1, 7, 13])
/// }
/// defer { server.stop() }
/// ```
final class EventStreamLoopbackServer: Sendable {
    /// A request as received: method, path, lowercased header names, body.
    struct Request: Sendable {
        var method: String
        var path: String
        var headers: [String: String]
        var body: Data
    }

    /// How the response body is delimited.
    enum Framing: Sendable {
        /// `Transfer-Encoding: chunked`, each written piece one chunk (what AWS sends).
        case chunked
        /// No length: the body ends when the connection closes.
        case closeDelimited
        /// `Content-Length` of the given value (a lie, when the script writes less).
        case contentLength(Int)
    }

    /// The open connection a script writes to.
    final class Connection: @unchecked Sendable {
        fileprivate let socket: Int32
        fileprivate var framing: Framing = .closeDelimited
        fileprivate var finishedCleanly = false
        /// Whether the body ends with the connection (a plain close is then its proper end).
        var isCloseDelimited: Bool {
            if case .closeDelimited = framing { return true }
            return false
        }
        /// Whether the client went away (a write failed).
        private(set) var clientGone = false

        fileprivate init(socket: Int32) { self.socket = socket }

        /// Writes the status line and headers.
        func head(status: Int = 200, headers: [(String, String)], framing: Framing = .chunked) {
            self.framing = framing
            var text = "HTTP/1.1 \(status) \(status == 200 ? "OK" : "Status")\r\n"
            for (name, value) in headers { text += "\(name): \(value)\r\n" }
            switch framing {
            case .chunked: text += "Transfer-Encoding: chunked\r\n"
            case .contentLength(let length): text += "Content-Length: \(length)\r\n"
            case .closeDelimited: break
            }
            text += "Connection: close\r\n\r\n"
            raw(Data(text.utf8))
        }

        /// Writes `data` in pieces whose sizes cycle through `pieces`, each sent (and, chunked,
        /// framed) on its own.
        func write(_ data: Data, pieces: [Int] = [Int.max]) {
            var offset = data.startIndex
            var index = 0
            while offset < data.endIndex, !clientGone {
                let size = max(1, pieces[index % pieces.count])
                index += 1
                let end = data.index(offset, offsetBy: min(size, data.endIndex - offset))
                let piece = data[offset..<end]
                offset = end
                if case .chunked = framing {
                    raw(Data(String(piece.count, radix: 16).utf8) + Data("\r\n".utf8) + piece + Data("\r\n".utf8))
                } else {
                    raw(Data(piece))
                }
            }
        }

        /// Ends the body properly (the last chunk, for chunked framing); the connection then closes.
        func end() {
            if case .chunked = framing { raw(Data("0\r\n\r\n".utf8)) }
            finishedCleanly = true
        }

        /// Waits until `gate` is opened by the test (at most `seconds`); says whether it was.
        @discardableResult
        func wait(for gate: Gate, seconds: Double = 20) -> Bool { gate.wait(seconds: seconds) }

        /// Waits until the client closes its end (at most `seconds`); says whether it did.
        func waitForPeerClose(seconds: Double) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            var buffer = [UInt8](repeating: 0, count: 4096)
            while Date() < deadline {
                var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
                guard poll(&poller, 1, 50) > 0 else { continue }
                let count = recv(socket, &buffer, buffer.count, 0)
                if count <= 0 { return true }
            }
            return false
        }

        fileprivate func raw(_ data: Data) {
            data.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress else { return }
                var sent = 0
                while sent < buffer.count {
                    let count = send(socket, base + sent, buffer.count - sent, Int32(MSG_NOSIGNAL))
                    guard count > 0 else {
                        clientGone = true
                        return
                    }
                    sent += count
                }
            }
        }
    }

    /// A one-shot signal from the test to the server script.
    final class Gate: Sendable {
        private let semaphore = DispatchSemaphore(value: 0)
        /// Lets the waiting script go on.
        func open() { semaphore.signal() }
        fileprivate func wait(seconds: Double) -> Bool { semaphore.wait(timeout: .now() + seconds) == .success }
        /// Waits for the gate from async code (on a thread of its own, at most `seconds`).
        func waitAsync(seconds: Double) async -> Bool {
            await withCheckedContinuation { continuation in
                Thread { continuation.resume(returning: self.wait(seconds: seconds)) }.start()
            }
        }
    }

    /// The port the server listens on.
    let port: Int
    /// `http://127.0.0.1:PORT`.
    var baseURL: String { "http://127.0.0.1:\(port)" }

    private let listener: Int32
    private let script: @Sendable (Request, Connection) -> Void
    private let state = Mutex<(stopped: Bool, finished: Bool, requests: [Request], clientGone: [Bool])>((false, false, [], []))

    /// Starts listening; each request runs `script`.
    init(script: @escaping @Sendable (Request, Connection) -> Void) throws {
        self.script = script
        let (fd, boundPort) = try LoopbackPort.bound()
        guard listen(fd, 16) == 0 else {
            close(fd)
            throw TestServerError("cannot listen on 127.0.0.1")
        }
        listener = fd
        port = boundPort
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    /// Every request served so far, in order.
    var requests: [Request] { state.withLock { $0.requests } }

    /// For each finished connection, whether the client had gone away before the script ended.
    var clientsGone: [Bool] { state.withLock { $0.clientGone } }

    /// Stops serving and closes the listening socket (waits up to about two seconds for the thread).
    func stop() {
        let alreadyStopped = state.withLock { state -> Bool in
            defer { state.stopped = true }
            return state.stopped
        }
        guard !alreadyStopped else { return }
        for _ in 0..<100 where !state.withLock({ $0.finished }) { usleep(20_000) }
        close(listener)
    }

    private func serve() {
        defer { state.withLock { $0.finished = true } }
        while !state.withLock({ $0.stopped }) {
            var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 20) > 0 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            var timeout = timeval(tv_sec: 60, tv_usec: 0)  // generous: a loaded machine may be slow to send the request
            setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            var noDelay: Int32 = 1
            setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
            if let request = Self.read(client) {
                state.withLock { $0.requests.append(request) }
                let connection = Connection(socket: client)
                script(request, connection)
                if !connection.finishedCleanly, !connection.isCloseDelimited {
                    // An abrupt cut: reset rather than a polite close.
                    var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
                    setsockopt(client, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
                }
                state.withLock { $0.clientGone.append(connection.clientGone) }
            }
            close(client)
        }
    }

    /// Reads the head and a `Content-Length` body; `nil` on a malformed or oversized request.
    private static func read(_ client: Int32) -> Request? {
        var bytes = Data()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        let separator = Data("\r\n\r\n".utf8)
        var headEnd: Range<Data.Index>?
        var expected = Int.max
        while bytes.count < 1 << 20 {
            if headEnd == nil, let found = bytes.range(of: separator) {
                headEnd = found
                let head = String(decoding: bytes[..<found.lowerBound], as: UTF8.self)
                expected = found.upperBound + (headers(head)["content-length"].flatMap { Int($0) } ?? 0)
            }
            if bytes.count >= expected { break }
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        guard let headEnd, bytes.count >= expected else { return nil }
        let head = String(decoding: bytes[..<headEnd.lowerBound], as: UTF8.self)
        let parts = (head.split(separator: "\r\n", maxSplits: 1).first.map(String.init) ?? "").split(separator: " ")
        guard parts.count == 3 else { return nil }
        return Request(method: String(parts[0]), path: String(parts[1]), headers: headers(head),
                       body: Data(bytes[headEnd.upperBound..<expected]))
    }

    private static func headers(_ head: String) -> [String: String] {
        var headers: [String: String] = [:]
        for line in head.split(separator: "\r\n").dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return headers
    }
}
