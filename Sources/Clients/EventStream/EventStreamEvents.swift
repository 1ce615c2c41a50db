import Foundation

/// The events of an event stream response, an `AsyncSequence` of `Document`s decoded as the
/// bytes arrive (see `EventStreamOutput`). Only the message being read is held in memory.
///
/// Iterate once: the events come off the connection. The sequence ends when the response body
/// ends at a message boundary; a body cut inside a message throws `EventStreamError.Code.truncated`
/// (or the transport's error), never a quiet end.
public struct EventStreamEvents: AsyncSequence, Sendable {
    /// One event: `[eventType: members]`.
    public typealias Element = Document

    private let body: HTTPResponseBody
    private let parser: EventStreamEventParser
    private let decoder: EventStreamDecoder

    /// Events of `body`; `decoder` may hold bytes already read (after an `initial-response`).
    package init(body: HTTPResponseBody, parser: EventStreamEventParser, decoder: EventStreamDecoder = EventStreamDecoder()) {
        self.body = body
        self.parser = parser
        self.decoder = decoder
    }

    /// Stops reading and closes the connection.
    public func cancel() { body.cancel() }

    /// Reads messages off the body and turns them into events.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let body: HTTPResponseBody
        let parser: EventStreamEventParser
        var decoder: EventStreamDecoder
        var finished = false

        /// The next event, `nil` once the stream has ended cleanly.
        public mutating func next() async throws -> Document? {
            guard !finished else { return nil }
            do {
                while true {
                    if let message = try decoder.next() {
                        if let event = try parser.parse(message) { return event }
                        continue
                    }
                    guard let chunk = try await body.next() else {
                        finished = true
                        let left = decoder.bufferedByteCount
                        guard left == 0 else {
                            throw EventStreamError(.truncated, "the event stream of \(parser.operationName) ended inside a message "
                                                   + "(\(left) bytes of it arrived): the connection was cut")
                        }
                        return nil
                    }
                    decoder.append(chunk)
                }
            } catch {
                finished = true
                body.cancel()
                throw error
            }
        }
    }

    /// An iterator over the events.
    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(body: body, parser: parser, decoder: decoder) }
}
