import Foundation
import Synchronization

/// A response body that arrives while the caller reads it: an `AsyncSequence` of chunks with
/// back-pressure. The transport stops reading from the socket while more than `highWaterMark`
/// bytes wait unread, so a large object never sits whole in memory.
///
/// ```swift
/// let response = try await transport.stream(request, timeouts: HTTPTimeouts())
/// for try await chunk in response.body { consume(chunk) }
/// ```
///
/// Read it once. Cancelling the reading task, calling `cancel()`, or dropping the body unread
/// aborts the transfer and frees its connection.
public final class HTTPResponseBody: AsyncSequence, Sendable {
    /// A chunk of body bytes.
    public typealias Element = Data

    private struct State {
        var chunks: [Data] = []
        var head = 0
        var buffered = 0
        var finished = false
        var failure: (any Error)?
        var waiter: CheckedContinuation<Data?, any Error>?
        var producerPaused = false
        var cancelled = false
    }

    private let state = Mutex(State())
    private let highWaterMark: Int
    private let onDemand: @Sendable () -> Void
    private let onCancel: @Sendable () -> Void

    /// Creates a body for a producer (a transport). `onDemand` is called, once per pause, when the
    /// reader has drained the buffer after `offer` refused a chunk; `onCancel` when the reader
    /// gives up.
    public init(highWaterMark: Int = 1 << 20, onDemand: @escaping @Sendable () -> Void = {},
                onCancel: @escaping @Sendable () -> Void = {}) {
        self.highWaterMark = Swift.max(1, highWaterMark)
        self.onDemand = onDemand
        self.onCancel = onCancel
    }

    deinit {
        // Dropped before the end: the producer must not wait for a reader that is gone.
        let abandoned = state.withLock { !$0.finished && !$0.cancelled }
        if abandoned { onCancel() }
    }

    /// A body holding `data` whole (for transports that read everything first).
    public convenience init(data: Data) {
        self.init()
        if !data.isEmpty { _ = offer(data) }
        finish()
    }

    // MARK: Producer side

    /// Hands a chunk to the reader. Returns `false`, without taking it, while the buffer is
    /// above the high-water mark: the producer pauses and offers it again after `onDemand`.
    public func offer(_ data: Data) -> Bool {
        enum Outcome { case handed(CheckedContinuation<Data?, any Error>), accepted, refused }
        let outcome: Outcome = state.withLock { state in
            if state.cancelled || state.finished { return .accepted }
            if let waiter = state.waiter {
                state.waiter = nil
                return .handed(waiter)
            }
            if state.buffered >= highWaterMark {
                state.producerPaused = true
                return .refused
            }
            state.chunks.append(data)
            state.buffered += data.count
            return .accepted
        }
        switch outcome {
        case .handed(let waiter):
            waiter.resume(returning: data)
            return true
        case .accepted: return true
        case .refused: return false
        }
    }

    /// Ends the body: normally, or with the transfer's error.
    public func finish(throwing error: (any Error)? = nil) {
        let waiter: CheckedContinuation<Data?, any Error>? = state.withLock { state in
            if state.finished { return nil }
            state.finished = true
            state.failure = error
            if state.head < state.chunks.count && error == nil { return nil }
            let waiter = state.waiter
            state.waiter = nil
            return waiter
        }
        if let waiter {
            if let error { waiter.resume(throwing: error) } else { waiter.resume(returning: nil) }
        }
    }

    /// Whether the reader gave up (the producer should stop).
    public var isCancelled: Bool { state.withLock { $0.cancelled } }

    // MARK: Consumer side

    /// Aborts the transfer; later reads throw `CancellationError`.
    public func cancel() {
        let (waiter, notify): (CheckedContinuation<Data?, any Error>?, Bool) = state.withLock { state in
            if state.cancelled { return (nil, false) }
            state.cancelled = true
            state.chunks = []
            state.head = 0
            state.buffered = 0
            let waiter = state.waiter
            state.waiter = nil
            return (waiter, !state.finished)
        }
        waiter?.resume(throwing: CancellationError())
        if notify { onCancel() }
    }

    /// Puts bytes taken by a reader back in front of the unread ones (`read(_:)` keeps what it
    /// did not return there); they count toward the buffer like any other.
    package func unread(_ data: Data) {
        guard !data.isEmpty else { return }
        state.withLock { state in
            guard !state.cancelled else { return }
            if state.head > 0 {
                state.head -= 1
                state.chunks[state.head] = data
            } else {
                state.chunks.insert(data, at: 0)
            }
            state.buffered += data.count
        }
    }

    /// Takes the oldest buffered chunk; says whether the paused producer should resume.
    private func takeChunk(_ state: inout State) -> (Data, resumeProducer: Bool)? {
        guard state.head < state.chunks.count else { return nil }
        let chunk = state.chunks[state.head]
        state.head += 1
        state.buffered -= chunk.count
        if state.head == state.chunks.count {
            state.chunks.removeAll(keepingCapacity: true)
            state.head = 0
        }
        if state.producerPaused && state.buffered <= highWaterMark / 2 {
            state.producerPaused = false
            return (chunk, true)
        }
        return (chunk, false)
    }

    /// The next chunk, `nil` at the end.
    func next() async throws -> Data? {
        enum Step { case chunk(Data, resumeProducer: Bool), end, failure(any Error), wait }
        let step: Step = state.withLock { state in
            if state.cancelled { return .failure(CancellationError()) }
            if let (chunk, resume) = takeChunk(&state) { return .chunk(chunk, resumeProducer: resume) }
            if state.finished { return state.failure.map { .failure($0) } ?? .end }
            return .wait
        }
        switch step {
        case .chunk(let chunk, let resume):
            if resume { onDemand() }
            return chunk
        case .end: return nil
        case .failure(let error): throw error
        case .wait: break
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Data?, any Error>) in
                let (immediate, resume) = state.withLock { state -> (Result<Data?, any Error>?, Bool) in
                    if state.cancelled { return (.failure(CancellationError()), false) }
                    if let (chunk, resume) = takeChunk(&state) { return (.success(chunk), resume) }
                    if state.finished { return (state.failure.map { .failure($0) } ?? .success(nil), false) }
                    state.waiter = continuation
                    // Nothing buffered and the producer paused: ask for more.
                    if state.producerPaused {
                        state.producerPaused = false
                        return (nil, true)
                    }
                    return (nil, false)
                }
                if resume { onDemand() }
                if let immediate { continuation.resume(with: immediate) }
            }
        } onCancel: {
            self.cancel()
        }
    }

    /// Reads the whole body into memory; throws when it exceeds `limit` bytes.
    public func collect(upTo limit: Int = .max) async throws -> Data {
        var data = Data()
        for try await chunk in self {
            if data.count + chunk.count > limit {
                cancel()
                throw HTTPTransportError(.connectionClosed, url: "", underlying: "response body larger than \(limit) bytes")
            }
            data.append(chunk)
        }
        return data
    }

    /// Writes the body to `file` (created or truncated) as it arrives; returns the bytes written.
    @discardableResult
    public func write(to file: URL) async throws -> Int64 {
        guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
            cancel()
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: file.path])
        }
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        var written: Int64 = 0
        do {
            for try await chunk in self {
                try handle.write(contentsOf: chunk)
                written += Int64(chunk.count)
            }
        } catch {
            cancel()
            throw error
        }
        return written
    }

    /// Iterates the chunks.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let body: HTTPResponseBody
        /// The next chunk, `nil` at the end of the body.
        public mutating func next() async throws -> Data? { try await body.next() }
    }

    /// An iterator over the chunks.
    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(body: self) }
}
