import Foundation

/// botocore's `StreamingBody` reading methods on a streamed body (`client.getObject.streaming(...)`):
/// `read(n)`, fixed-size chunks, lines, and `close()`.
///
/// ```swift
/// let object = try await s3.getObject.streaming(Bucket: "b", Key: "log.txt")
/// let header = try await object.body.read(16)          // up to 16 bytes; empty at the end
/// for try await line in object.body.lines() { ... }      // Data, without line ends
/// object.body.close()
/// ```
/// The ways of reading share one position: bytes `read` did not return come first in the next read.
extension HTTPResponseBody {
    /// Reads up to `count` bytes, fewer only at the end of the body (empty once it is all read);
    /// `nil` reads everything left. As botocore's `StreamingBody.read(amt)`.
    public func read(_ count: Int? = nil) async throws -> Data {
        guard let count else { return try await collect() }
        guard count > 0 else { return Data() }
        var result = Data()
        while result.count < count, let chunk = try await next() {
            let wanted = count - result.count
            if chunk.count <= wanted {
                result.append(chunk)
            } else {
                result.append(chunk.prefix(wanted))
                unread(Data(chunk.dropFirst(wanted)))
            }
        }
        return result
    }

    /// The body in chunks of exactly `size` bytes (the last may be shorter), as botocore's
    /// `iter_chunks(chunk_size)`.
    public func chunks(size: Int = 1024) -> HTTPResponseBodyChunks { HTTPResponseBodyChunks(body: self, size: Swift.max(1, size)) }

    /// The body's lines, split at `\n`, `\r\n` and `\r` as botocore's `iter_lines` (Python's
    /// `bytes.splitlines`); with `keepEnds`, each line keeps its line break.
    public func lines(keepEnds: Bool = false) -> HTTPResponseBodyLines { HTTPResponseBodyLines(body: self, keepEnds: keepEnds) }

    /// Stops reading and releases the connection (botocore's `close()`); later reads throw `CancellationError`.
    public func close() { cancel() }
}

/// Fixed-size chunks of a streamed body (`body.chunks(size:)`).
public struct HTTPResponseBodyChunks: AsyncSequence, Sendable {
    /// A chunk of bytes.
    public typealias Element = Data
    let body: HTTPResponseBody
    let size: Int

    /// Reads the chunks.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let body: HTTPResponseBody
        let size: Int
        /// The next chunk, `nil` at the end.
        public mutating func next() async throws -> Data? {
            let chunk = try await body.read(size)
            return chunk.isEmpty ? nil : chunk
        }
    }

    /// An iterator over the chunks.
    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(body: body, size: size) }
}

/// The lines of a streamed body (`body.lines(keepEnds:)`).
public struct HTTPResponseBodyLines: AsyncSequence, Sendable {
    /// One line's bytes.
    public typealias Element = Data
    let body: HTTPResponseBody
    let keepEnds: Bool

    /// Reads the lines.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let body: HTTPResponseBody
        let keepEnds: Bool
        var pending = Data()
        var ended = false

        /// The next line, `nil` at the end.
        public mutating func next() async throws -> Data? {
            while true {
                if let (line, rest) = Self.splitLine(pending, atEnd: ended) {
                    pending = rest
                    return keepEnds ? line.whole : line.content
                }
                if ended { return nil }
                if let chunk = try await body.next() {
                    pending.append(chunk)
                } else {
                    ended = true
                }
            }
        }

        /// The first line of `buffer` and what follows, once its end is certain: a `\r` as the
        /// last byte may still be followed by `\n`, unless the body has ended.
        static func splitLine(_ buffer: Data, atEnd: Bool) -> ((content: Data, whole: Data), Data)? {
            guard !buffer.isEmpty else { return nil }
            guard let index = buffer.firstIndex(where: { (byte: UInt8) -> Bool in byte == 0x0A || byte == 0x0D }) else {
                guard atEnd else { return nil }
                return ((content: buffer, whole: buffer), Data())
            }
            var end = buffer.index(after: index)
            if buffer[index] == 0x0D {
                if end == buffer.endIndex && !atEnd { return nil }
                if end < buffer.endIndex && buffer[end] == 0x0A { end = buffer.index(after: end) }
            }
            let content = Data(buffer[buffer.startIndex..<index])
            let whole = Data(buffer[buffer.startIndex..<end])
            let rest = Data(buffer[end...])
            return ((content: content, whole: whole), rest)
        }
    }

    /// An iterator over the lines.
    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(body: body, keepEnds: keepEnds) }
}
