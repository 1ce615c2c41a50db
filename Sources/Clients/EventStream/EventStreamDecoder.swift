import Foundation

/// Splits the bytes of an `application/vnd.amazon.eventstream` body into messages as they arrive,
/// checking both CRC-32s of each (as botocore's `EventStreamBuffer`).
///
/// A message is: a 12-byte prelude (total length, headers length, both big-endian `UInt32`, and
/// the CRC-32 of those 8 bytes), the headers, the payload, and the CRC-32 of everything before it.
/// Only the bytes of the message being read are kept, so memory stays flat over a long stream.
///
/// ```swift
/// var decoder = EventStreamDecoder()
/// decoder.append(chunk)
/// while let message = try decoder.next() { handle(message) }
/// ```
package struct EventStreamDecoder: Sendable {
    /// The prelude: two lengths and a CRC-32.
    package static let preludeLength = 12
    /// Prelude plus the trailing message CRC-32: the shortest message.
    package static let minimumMessageLength = 16
    /// botocore's limit on the headers of one message (128 KiB).
    package static let maximumHeadersLength = 128 * 1024
    /// botocore's limit on the payload of one message (16 MiB).
    package static let maximumPayloadLength = 16 * 1024 * 1024

    private var buffer: [UInt8] = []
    /// Where the unread bytes start in `buffer`.
    private var start = 0
    /// The total length of the message being read, once its prelude is checked.
    private var pendingLength: Int?

    /// An empty decoder.
    package init() {}

    /// Bytes received and not yet returned as messages.
    package var bufferedByteCount: Int { buffer.count - start }

    /// Adds bytes read from the body.
    package mutating func append(_ data: Data) {
        guard !data.isEmpty else { return }
        if start > 0 && (start == buffer.count || start >= 65_536) {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        buffer.append(contentsOf: data)
    }

    /// Adds bytes read from the body.
    package mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        if start > 0 && (start == buffer.count || start >= 65_536) {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next whole message, `nil` until enough bytes have arrived. Throws `EventStreamError`
    /// for a damaged message; the stream cannot continue after that.
    package mutating func next() throws -> EventStreamMessage? {
        let available = buffer.count - start
        if pendingLength == nil {
            guard available >= Self.preludeLength else { return nil }
            pendingLength = try buffer.withUnsafeBytes { raw throws in
                try Self.checkPrelude(UnsafeRawBufferPointer(rebasing: raw[start..<(start + Self.preludeLength)]))
            }
        }
        guard let total = pendingLength, available >= total else { return nil }
        let message = try buffer.withUnsafeBytes { raw throws in
            try Self.decodeMessage(UnsafeRawBufferPointer(rebasing: raw[start..<(start + total)]))
        }
        start += total
        pendingLength = nil
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 20)
            start = 0
        }
        return message
    }

    /// Decodes one whole message (exactly its bytes), checking both CRCs.
    package static func decode(_ data: Data) throws -> EventStreamMessage {
        try data.withUnsafeBytes { raw throws in
            guard raw.count >= preludeLength else {
                throw EventStreamError(.truncated, "an event stream message needs at least \(minimumMessageLength) bytes; got \(raw.count)")
            }
            let total = try checkPrelude(UnsafeRawBufferPointer(rebasing: raw[0..<preludeLength]))
            guard total == raw.count else {
                throw EventStreamError(.truncated, "the prelude gives a message of \(total) bytes; got \(raw.count)")
            }
            return try decodeMessage(raw)
        }
    }

    /// Checks the prelude's CRC and lengths; returns the message's total length.
    private static func checkPrelude(_ prelude: UnsafeRawBufferPointer) throws -> Int {
        let total = Int(readUInt32(prelude, at: 0))
        let headers = Int(readUInt32(prelude, at: 4))
        let expected = readUInt32(prelude, at: 8)
        let computed = CRC32.checksum(UnsafeRawBufferPointer(rebasing: prelude[0..<8]))
        guard computed == expected else {
            throw EventStreamError(.preludeChecksumMismatch, "event stream prelude checksum mismatch: the message says "
                                   + "\(hex(expected)), its prelude sums to \(hex(computed)); the stream is damaged")
        }
        guard total >= minimumMessageLength, headers <= total - minimumMessageLength else {
            throw EventStreamError(.invalidLength, "event stream prelude gives a message of \(total) bytes with \(headers) bytes of "
                                   + "headers; a message has at least \(minimumMessageLength) bytes around its headers")
        }
        guard headers <= maximumHeadersLength else {
            throw EventStreamError(.invalidLength, "event stream message headers of \(headers) bytes exceed the limit of \(maximumHeadersLength)")
        }
        let payload = total - minimumMessageLength - headers
        guard payload <= maximumPayloadLength else {
            throw EventStreamError(.invalidLength, "event stream message payload of \(payload) bytes exceeds the limit of \(maximumPayloadLength)")
        }
        return total
    }

    /// Checks the message CRC, then reads the headers and payload of a whole message.
    private static func decodeMessage(_ message: UnsafeRawBufferPointer) throws -> EventStreamMessage {
        let total = message.count
        let headersLength = Int(readUInt32(message, at: 4))
        let expected = readUInt32(message, at: total - 4)
        let computed = CRC32.checksum(UnsafeRawBufferPointer(rebasing: message[0..<(total - 4)]))
        guard computed == expected else {
            throw EventStreamError(.messageChecksumMismatch, "event stream message checksum mismatch: the message says "
                                   + "\(hex(expected)), its bytes sum to \(hex(computed)); the stream is damaged")
        }
        let headersEnd = preludeLength + headersLength
        let headers = try EventStreamHeaderCodec.decode(UnsafeRawBufferPointer(rebasing: message[preludeLength..<headersEnd]))
        let payload = Data(UnsafeRawBufferPointer(rebasing: message[headersEnd..<(total - 4)]))
        return EventStreamMessage(headers: headers, payload: payload)
    }

    static func readUInt32(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
    }
}

extension CRC32 {
    /// The CRC-32 of `bytes`.
    package static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var crc = CRC32()
        crc.update(bufferPointer: bytes)
        return crc.value
    }
}
