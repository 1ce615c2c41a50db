import Foundation

/// Produces an `AWSChunkedBody`'s bytes on demand, into buffers the transport hands over (libcurl's
/// read callback, a URLSession body stream): chunk heads and ends and the trailer are small staged
/// bytes; the payload is read straight into the caller's buffer and hashed there. Memory stays
/// bounded by a chunk head, whatever the payload's size.
///
/// Owns the payload's file descriptor: call `close()` once done.
package struct AWSChunkedEncoder {
    private enum Stage {
        /// Next: a chunk head, or the trailer once the payload is all out.
        case chunkStart
        /// Payload bytes of the current chunk, then its `\r\n`.
        case chunkBody
        /// The trailer is staged; nothing follows it.
        case finished
    }

    private var source: HTTPBodyReader
    private var hasher: any HashFunction
    private let chunkSize: Int
    private let trailerName: String
    private var payloadRemaining: Int64
    private var chunkRemaining = 0
    private var staged: [UInt8] = []
    private var stagedOffset = 0
    private var stage = Stage.chunkStart
    /// The number of bytes the encoder produces in all.
    package let length: Int64

    /// Opens the body's payload. Throws when it cannot be opened, or when its length is no longer
    /// the one the request declared (`X-Amz-Decoded-Content-Length`, the `Content-Length`).
    init(_ body: AWSChunkedBody, hasher: any HashFunction) throws {
        source = try HTTPBodyReader(body.payload)
        if let declared = body.decodedLength, declared != source.length {
            source.close()
            let path: String
            switch body.payload {
            case .file(let url), .fileSegment(let url, _, _): path = url.path
            default: path = "memory"
            }
            throw HTTPBodyReadError(path: path, reason: "it holds \(source.length) bytes, not the \(declared) the request declares")
        }
        self.hasher = hasher
        chunkSize = body.chunkSize
        trailerName = body.trailerName
        payloadRemaining = source.length
        length = body.encodedLength(decoded: source.length)
    }

    /// Whether every byte has been read.
    package var isFinished: Bool { stage == .finished && stagedOffset == staged.count }

    /// Copies up to `capacity` next bytes into `buffer` and returns the count: 0 only at the end.
    package mutating func read(into buffer: UnsafeMutableRawPointer, capacity: Int) throws -> Int {
        var written = 0
        // Every pass hands out bytes or moves to the next stage, and the stages end: bounded.
        while written < capacity {
            if stagedOffset < staged.count {
                let count = min(capacity - written, staged.count - stagedOffset)
                staged.withUnsafeBytes { bytes in
                    if let base = bytes.baseAddress { (buffer + written).copyMemory(from: base + stagedOffset, byteCount: count) }
                }
                stagedOffset += count
                written += count
                continue
            }
            switch stage {
            case .chunkStart:
                if payloadRemaining == 0 {
                    setStaged(Array("0\r\n\(trailerName):\(hasher.finalize().base64String)\r\n\r\n".utf8))
                    stage = .finished
                } else {
                    chunkRemaining = Int(min(Int64(chunkSize), payloadRemaining))
                    setStaged(Array((String(chunkRemaining, radix: 16) + "\r\n").utf8))
                    stage = .chunkBody
                }
            case .chunkBody:
                if chunkRemaining == 0 {
                    setStaged([13, 10])
                    stage = .chunkStart
                    continue
                }
                let target = buffer + written
                let count = try source.read(into: target, capacity: min(chunkRemaining, capacity - written))
                guard count > 0 else { throw HTTPBodyReadError(path: "memory", reason: "the payload ended early") }
                hasher.update(bufferPointer: UnsafeRawBufferPointer(start: target, count: count))
                chunkRemaining -= count
                payloadRemaining -= Int64(count)
                written += count
            case .finished:
                return written
            }
        }
        return written
    }

    /// Closes the payload's file, if any.
    package func close() {
        source.close()
    }

    private mutating func setStaged(_ bytes: [UInt8]) {
        staged = bytes
        stagedOffset = 0
    }
}
