import Foundation

/// Writes event stream messages (`application/vnd.amazon.eventstream`): for test servers,
/// benchmarks and fixtures.
///
/// ```swift
/// let bytes = EventStreamEncoder.encode(EventStreamMessage(
///     headers: [(":message-type", .string("event")), (":event-type", .string("Records"))], payload: Data("a,b\n".utf8)))
/// ```
package enum EventStreamEncoder {
    /// The whole message: prelude with its CRC, headers, payload, message CRC.
    package static func encode(_ message: EventStreamMessage) -> Data {
        let headers = EventStreamHeaderCodec.encode(message.headers)
        let total = EventStreamDecoder.minimumMessageLength + headers.count + message.payload.count
        var out = [UInt8]()
        out.reserveCapacity(total)
        func uint32(_ value: UInt32) {
            out.append(UInt8(truncatingIfNeeded: value >> 24)); out.append(UInt8(truncatingIfNeeded: value >> 16))
            out.append(UInt8(truncatingIfNeeded: value >> 8)); out.append(UInt8(truncatingIfNeeded: value))
        }
        uint32(UInt32(total))
        uint32(UInt32(headers.count))
        uint32(out.withUnsafeBytes { CRC32.checksum($0) })
        out.append(contentsOf: headers)
        out.append(contentsOf: message.payload)
        uint32(out.withUnsafeBytes { CRC32.checksum($0) })
        return Data(out)
    }

    /// An `event` message of type `eventType`, with extra headers after `:event-type`.
    package static func event(_ eventType: String, payload: Data, contentType: String? = nil,
                              headers extra: [(name: String, value: EventStreamHeaderValue)] = []) -> Data {
        var headers: [(name: String, value: EventStreamHeaderValue)] = [(":message-type", .string("event")), (":event-type", .string(eventType))]
        if let contentType { headers.append((":content-type", .string(contentType))) }
        return encode(EventStreamMessage(headers: headers + extra, payload: payload))
    }

    /// An `exception` message of the modeled exception `exceptionType`.
    package static func exception(_ exceptionType: String, payload: Data, contentType: String? = nil) -> Data {
        var headers: [(name: String, value: EventStreamHeaderValue)] = [(":message-type", .string("exception")),
                                                                        (":exception-type", .string(exceptionType))]
        if let contentType { headers.append((":content-type", .string(contentType))) }
        return encode(EventStreamMessage(headers: headers, payload: payload))
    }

    /// An `error` message with `:error-code` and `:error-message`.
    package static func error(code: String, message: String) -> Data {
        encode(EventStreamMessage(headers: [(":message-type", .string("error")), (":error-code", .string(code)),
                                            (":error-message", .string(message))], payload: Data()))
    }
}
