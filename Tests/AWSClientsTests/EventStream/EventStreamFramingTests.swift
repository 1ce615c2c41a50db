import Foundation
import Testing
@testable import AWSClients

/// The binary framing of `application/vnd.amazon.eventstream`, against messages written byte by
/// byte from the format's description (prelude: total and headers lengths, CRC-32 of those 8
/// bytes; headers; payload; CRC-32 of everything before).
@Suite struct EventStreamFramingTests {
    static func bytes(_ hex: String) -> Data {
        Data(hex.split(separator: " ").map { UInt8($0, radix: 16)! })
    }

    /// 16 bytes: no headers, no payload.
    static let empty = bytes("00 00 00 10 00 00 00 00 05 c2 48 eb 7d 98 c8 ff")
    /// `:content-type: application/json` and the payload `{'foo':'bar'}`.
    static let withPayload = bytes("""
        00 00 00 3e 00 00 00 21 37 5a c9 d0 0d 3a 63 6f 6e 74 65 6e 74 2d 74 79 70 65 07 00 10 61 70 70 6c 69 63 61 74 \
        69 6f 6e 2f 6a 73 6f 6e 7b 27 66 6f 6f 27 3a 27 62 61 72 27 7d 0c b4 43 93
        """)
    /// One header of each of the ten types, and the payload `x`.
    static let allHeaderTypes = bytes("""
        00 00 00 7f 00 00 00 6e b4 aa e4 28 04 74 72 75 65 00 05 66 61 6c 73 65 01 04 62 79 74 65 02 cf 05 73 68 6f 72 \
        74 03 ff fe 03 69 6e 74 04 00 00 9c 40 04 6c 6f 6e 67 05 ff ff ff fe d5 fa 0e 00 05 62 79 74 65 73 06 00 03 01 02 \
        03 06 73 74 72 69 6e 67 07 00 02 68 69 02 74 73 08 00 00 01 8b cf e5 68 7b 04 75 75 69 64 09 00 01 02 03 04 05 06 \
        07 08 09 0a 0b 0c 0d 0e 0f 78 84 f3 e4 08
        """)

    @Test func decodesAnEmptyMessage() throws {
        let message = try EventStreamDecoder.decode(Self.empty)
        #expect(message.headers.isEmpty)
        #expect(message.payload.isEmpty)
    }

    @Test func decodesHeadersAndPayload() throws {
        let message = try EventStreamDecoder.decode(Self.withPayload)
        #expect(message[header: ":content-type"] == .string("application/json"))
        #expect(message.payload == Data("{'foo':'bar'}".utf8))
    }

    @Test func decodesEveryHeaderType() throws {
        let message = try EventStreamDecoder.decode(Self.allHeaderTypes)
        let expected: [(String, EventStreamHeaderValue)] = [
            ("true", .bool(true)), ("false", .bool(false)), ("byte", .byte(-49)), ("short", .short(-2)),
            ("int", .integer(40000)), ("long", .long(-5_000_000_000)), ("bytes", .bytes(Data([1, 2, 3]))),
            ("string", .string("hi")), ("ts", .timestamp(1_700_000_000_123)), ("uuid", .uuid(Data(0..<16))),
        ]
        #expect(message.headers.map(\.name) == expected.map(\.0))
        #expect(message.headers.map(\.value) == expected.map(\.1))
        #expect(message.payload == Data("x".utf8))
    }

    @Test func encoderWritesTheSameBytes() {
        let message = EventStreamMessage(headers: [(":content-type", .string("application/json"))], payload: Data("{'foo':'bar'}".utf8))
        #expect(EventStreamEncoder.encode(message) == Self.withPayload)
        #expect(EventStreamEncoder.encode(EventStreamMessage(headers: [], payload: Data())) == Self.empty)
        let all = try? EventStreamDecoder.decode(Self.allHeaderTypes)
        #expect(all.map(EventStreamEncoder.encode) == Self.allHeaderTypes)
    }

    @Test func corruptedPreludeChecksumIsRejected() {
        var bytes = Self.withPayload
        bytes[9] ^= 0x01
        #expect { _ = try EventStreamDecoder.decode(bytes) } throws: { ($0 as? EventStreamError)?.code == .preludeChecksumMismatch }
        // A length changed under an intact CRC field is caught by the prelude CRC too.
        var length = Self.withPayload
        length[3] = 0x3f
        #expect { _ = try EventStreamDecoder.decode(length) } throws: { ($0 as? EventStreamError)?.code == .preludeChecksumMismatch }
    }

    @Test func corruptedHeaderIsRejectedByTheMessageChecksum() {
        var bytes = Self.withPayload
        bytes[20] ^= 0x20  // inside the header name
        #expect { _ = try EventStreamDecoder.decode(bytes) } throws: { ($0 as? EventStreamError)?.code == .messageChecksumMismatch }
    }

    @Test func corruptedPayloadAndMessageChecksumAreRejected() {
        var payload = Self.withPayload
        payload[payload.count - 6] ^= 0xff
        #expect { _ = try EventStreamDecoder.decode(payload) } throws: { ($0 as? EventStreamError)?.code == .messageChecksumMismatch }
        var checksum = Self.withPayload
        checksum[checksum.count - 1] ^= 0x01
        #expect { _ = try EventStreamDecoder.decode(checksum) } throws: { ($0 as? EventStreamError)?.code == .messageChecksumMismatch }
    }

    @Test func impossibleLengthsAreRejected() {
        // Headers longer than the message can hold, with a valid prelude CRC.
        let prelude = EventStreamEncoderTestBytes.prelude(total: 16, headers: 4)
        #expect { _ = try EventStreamDecoder.decode(prelude + Data(repeating: 0, count: 4)) } throws: {
            ($0 as? EventStreamError)?.code == .invalidLength
        }
        let huge = EventStreamEncoderTestBytes.prelude(total: 17 << 20, headers: 0)
        var decoder = EventStreamDecoder()
        decoder.append(huge)
        #expect { _ = try decoder.next() } throws: { ($0 as? EventStreamError)?.code == .invalidLength }
    }

    @Test func badHeadersAreRejected() {
        let unknownType = EventStreamMessage(headers: [], payload: Data())
        var block = EventStreamHeaderCodec.encode([("a", .string("b"))])
        block[2] = 42  // the type byte
        let raw = EventStreamEncoderTestBytes.message(headerBlock: block, payload: unknownType.payload)
        #expect { _ = try EventStreamDecoder.decode(raw) } throws: { ($0 as? EventStreamError)?.code == .invalidHeader }
        let duplicate = EventStreamHeaderCodec.encode([("a", .bool(true)), ("a", .bool(false))])
        #expect { _ = try EventStreamDecoder.decode(EventStreamEncoderTestBytes.message(headerBlock: duplicate, payload: Data())) } throws: {
            ($0 as? EventStreamError)?.code == .invalidHeader
        }
        let cut = Array(EventStreamHeaderCodec.encode([("name", .string("value"))]).dropLast(2))
        #expect { _ = try EventStreamDecoder.decode(EventStreamEncoderTestBytes.message(headerBlock: cut, payload: Data())) } throws: {
            ($0 as? EventStreamError)?.code == .invalidHeader
        }
    }

    @Test func decoderSplitsMessagesFedOneByteAtATime() throws {
        let stream = Self.withPayload + Self.empty + Self.allHeaderTypes
        var decoder = EventStreamDecoder()
        var messages: [EventStreamMessage] = []
        for byte in stream {
            decoder.append(Data([byte]))
            while let message = try decoder.next() { messages.append(message) }
        }
        #expect(messages.count == 3)
        #expect(messages[0].payload == Data("{'foo':'bar'}".utf8))
        #expect(messages[1].headers.isEmpty)
        #expect(messages[2].headers.count == 10)
        #expect(decoder.bufferedByteCount == 0)
    }

    @Test func decoderKeepsOnlyTheMessageBeingRead() throws {
        let message = EventStreamEncoder.event("Records", payload: Data(repeating: 7, count: 1000))
        var decoder = EventStreamDecoder()
        for _ in 0..<2000 {
            decoder.append(message + message.prefix(10))
            _ = try #require(try decoder.next())
            decoder.append(message.dropFirst(10))
            _ = try #require(try decoder.next())
            #expect(try decoder.next() == nil)
        }
        #expect(decoder.bufferedByteCount == 0)
    }
}

/// Raw bytes for damaged messages the encoder would never write.
enum EventStreamEncoderTestBytes {
    static func uint32(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xff), UInt8(value >> 8 & 0xff), UInt8(value & 0xff)]
    }

    /// A prelude with a correct CRC for the given lengths.
    static func prelude(total: Int, headers: Int) -> Data {
        let lengths = uint32(UInt32(total)) + uint32(UInt32(headers))
        return Data(lengths + uint32(lengths.withUnsafeBytes { CRC32.checksum($0) }))
    }

    /// A message around an arbitrary header block, with correct CRCs.
    static func message(headerBlock: [UInt8], payload: Data) -> Data {
        var bytes = [UInt8](prelude(total: 16 + headerBlock.count + payload.count, headers: headerBlock.count))
        bytes += headerBlock
        bytes += payload
        bytes += uint32(bytes.withUnsafeBytes { CRC32.checksum($0) })
        return Data(bytes)
    }
}
