import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// One request of a `URLSessionTransport`: resumes the caller when the headers are in, then feeds
/// the body's chunks to its `HTTPResponseBody`, pausing the task while the reader is behind
/// where the platform can (Darwin; see `URLSessionTransport` for Linux).
final class URLSessionTaskHandler: Sendable {
    private struct State {
        var head: CheckedContinuation<HTTPStreamingResponse, any Error>?
        var headDelivered = false
        var cancelled = false
        /// The reader's body, held weakly: dropping it unread cancels the task.
        weak var body: HTTPResponseBody?
        /// Chunks the body refused, oldest first from `overflowHead`.
        var overflow: [Data] = []
        var overflowHead = 0
        var suspended = false
        /// The transfer ended while chunks still wait in `overflow`.
        var finishPending = false
    }

    /// Whether a running task can be suspended without restarting it (not on FoundationNetworking,
    /// where `suspend()` removes the transfer from libcurl).
    private static let canSuspend: Bool = {
        #if canImport(FoundationNetworking)
        return false
        #else
        return true
        #endif
    }()

    private let state = Mutex(State())
    private let task: URLSessionDataTask
    private let url: String
    private let highWaterMark: Int
    private let cleanup: (@Sendable () -> Void)?
    private let bodyStream: (@Sendable () -> InputStream?)?
    private let verify: TLSVerification

    init(task: URLSessionDataTask, url: String, highWaterMark: Int, cleanup: (@Sendable () -> Void)?,
         bodyStream: (@Sendable () -> InputStream?)?, verify: TLSVerification = .enabled) {
        self.task = task
        self.url = url
        self.highWaterMark = highWaterMark
        self.cleanup = cleanup
        self.bodyStream = bodyStream
        self.verify = verify
    }

    /// Starts the task; `continuation` gets the head (or the failure).
    func start(_ continuation: CheckedContinuation<HTTPStreamingResponse, any Error>) {
        let cancelled = state.withLock { state -> Bool in
            if state.cancelled { return true }
            state.head = continuation
            return false
        }
        if cancelled {
            continuation.resume(throwing: HTTPTransportError(.cancelled, url: url, underlying: "task cancelled"))
            cleanup?()
            return
        }
        task.resume()
    }

    /// The calling task was cancelled while waiting for the head.
    func cancelBeforeHead() {
        let head: CheckedContinuation<HTTPStreamingResponse, any Error>?? = state.withLock { state in
            if state.headDelivered { return .none }
            state.cancelled = true
            let head = state.head
            state.head = nil
            return .some(head)
        }
        guard case .some(let waiting) = head else { return }
        task.cancel()
        waiting?.resume(throwing: HTTPTransportError(.cancelled, url: url, underlying: "task cancelled"))
    }

    func makeBodyStream() -> InputStream? { bodyStream?() }

    func receive(_ response: URLResponse) {
        // FoundationNetworking reports the interim `100 Continue` of an `Expect` upload too.
        guard let http = response as? HTTPURLResponse, http.statusCode >= 200 else { return }
        let body = HTTPResponseBody(highWaterMark: highWaterMark, onDemand: { [self] in demand() },
                                    onCancel: { [self] in readerCancelled() })
        let head: CheckedContinuation<HTTPStreamingResponse, any Error>? = state.withLock { state in
            guard let head = state.head else { return nil }
            state.head = nil
            state.headDelivered = true
            state.body = body
            return head
        }
        head?.resume(returning: HTTPStreamingResponse(statusCode: http.statusCode, headers: Self.headers(of: http), body: body))
    }

    func receive(_ data: Data) {
        // A strong reference taken under the lock may be the last one, if the reader dropped the
        // body meanwhile; released there, the body's deinit (reader cancelled) would take the lock
        // again. So the body is held until this function returns, outside the lock.
        let alive = state.withLock { $0.body }
        defer { withExtendedLifetime(alive) {} }
        let suspend = state.withLock { state -> Bool in
            guard let body = state.body else { return false }
            if state.overflowHead < state.overflow.count || !body.offer(data) {
                state.overflow.append(data)
                if Self.canSuspend && !state.suspended {
                    state.suspended = true
                    return true
                }
            }
            return false
        }
        if suspend { task.suspend() }
    }

    /// The reader drained the body: hand it the held chunks, then let the task run again.
    private func demand() {
        let alive = state.withLock { $0.body }  // released outside the lock (see `receive(_ data:)`)
        defer { withExtendedLifetime(alive) {} }
        let (finish, resume): (HTTPResponseBody?, Bool) = state.withLock { state in
            guard let body = state.body else { return (nil, false) }
            while state.overflowHead < state.overflow.count {
                // A refusal marks the body paused: it calls `demand` again once drained.
                guard body.offer(state.overflow[state.overflowHead]) else { return (nil, false) }
                state.overflowHead += 1
            }
            state.overflow.removeAll()
            state.overflowHead = 0
            var finish: HTTPResponseBody?
            if state.finishPending {
                finish = body
                state.body = nil
            }
            let resume = state.suspended
            state.suspended = false
            return (finish, resume)
        }
        finish?.finish()
        if resume { task.resume() }
    }

    private func readerCancelled() {
        state.withLock { state in
            state.body = nil
            state.overflow.removeAll()
            state.overflowHead = 0
        }
        task.cancel()
    }

    func complete(response: URLResponse?, error: (any Error)?) {
        defer { cleanup?() }
        if let error {
            let failure = URLSessionTransport.translate(error, url: url, verify: verify)
            let (head, body) = state.withLock { state in
                defer {
                    state.head = nil
                    state.body = nil
                    state.overflow.removeAll()
                }
                return (state.head, state.body)
            }
            head?.resume(throwing: failure)
            body?.finish(throwing: failure)
            return
        }
        // No `didReceive response` (some platforms skip it for bodiless answers): answer now.
        if let response, state.withLock({ $0.head != nil }) { receive(response) }
        let alive = state.withLock { $0.body }  // released outside the lock (see `receive(_ data:)`)
        defer { withExtendedLifetime(alive) {} }
        enum Outcome { case missingHead(CheckedContinuation<HTTPStreamingResponse, any Error>), finish(HTTPResponseBody), none }
        let outcome: Outcome = state.withLock { state in
            if let head = state.head {
                state.head = nil
                return .missingHead(head)
            }
            guard let body = state.body else { return .none }
            if state.overflowHead < state.overflow.count {
                state.finishPending = true
                return .none
            }
            state.body = nil
            return .finish(body)
        }
        switch outcome {
        case .missingHead(let head):
            head.resume(throwing: HTTPTransportError(.connectionClosed, url: url, underlying: "the server sent no HTTP response"))
        case .finish(let body): body.finish()
        case .none: break
        }
    }

    static func headers(of response: HTTPURLResponse) -> HTTPHeaders {
        var headers = HTTPHeaders()
        for (name, value) in response.allHeaderFields {
            headers.add(name: String(describing: name), value: String(describing: value))
        }
        return headers
    }
}
