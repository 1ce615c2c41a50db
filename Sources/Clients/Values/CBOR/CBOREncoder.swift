import Foundation

/// Writes CBOR (RFC 8949) into a growing byte buffer.
///
/// Heads always use the shortest argument encoding and containers written through
/// `encode(_:)` use definite lengths. Floats are written at the width asked for; the wire
/// protocol picks the widths (as botocore does: single for `float`, double for `double`,
/// half-precision for NaN and the infinities).
/// ```swift
/// var encoder = CBOREncoder()
/// encoder.beginMap(count: 1)
/// encoder.encodeText("n")
/// encoder.encodeInt(-5)
/// let body = encoder.data   // a1 61 6e 24
/// ```
package struct CBOREncoder: Sendable {
    /// The bytes written so far.
    package private(set) var bytes: [UInt8]

    /// An empty encoder with room for `capacity` bytes.
    package init(capacity: Int = 128) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// The bytes written so far, as `Data`.
    package var data: Data { Data(bytes) }

    /// The encoding of one item.
    package static func encode(_ value: CBORValue) -> Data {
        var encoder = CBOREncoder()
        encoder.encode(value)
        return encoder.data
    }

    /// Writes an item and everything inside it, with definite lengths.
    package mutating func encode(_ value: CBORValue) {
        switch value {
        case .unsigned(let number): writeHead(major: 0, argument: number)
        case .negative(let number): writeHead(major: 1, argument: number)
        case .bytes(let data): encodeBytes(data)
        case .text(let text): encodeText(text)
        case .array(let elements):
            beginArray(count: elements.count)
            for element in elements { encode(element) }
        case .map(let entries):
            beginMap(count: entries.count)
            for entry in entries {
                encode(entry.key)
                encode(entry.value)
            }
        case .tagged(let tag, let inner):
            encodeTag(tag)
            encode(inner)
        case .bool(let flag): encodeBool(flag)
        case .null: bytes.append(0xF6)
        case .undefined: bytes.append(0xF7)
        case .simple(let number): encodeSimple(number)
        case .float16(let number): encodeFloat16(number)
        case .float32(let number): encodeFloat32(number)
        case .float64(let number): encodeFloat64(number)
        }
    }

    /// Writes an integer of either sign.
    package mutating func encodeInt(_ value: Int) {
        if value >= 0 {
            writeHead(major: 0, argument: UInt64(value))
        } else {
            writeHead(major: 1, argument: UInt64(~value))
        }
    }

    /// Writes an unsigned integer.
    package mutating func encodeUnsigned(_ value: UInt64) { writeHead(major: 0, argument: value) }

    /// Writes a byte string.
    package mutating func encodeBytes(_ data: Data) {
        writeHead(major: 2, argument: UInt64(data.count))
        bytes.append(contentsOf: data)
    }

    /// Writes a UTF-8 text string.
    package mutating func encodeText(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            writeHead(major: 3, argument: UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// Starts an array of `count` items; write them next.
    package mutating func beginArray(count: Int) { writeHead(major: 4, argument: UInt64(count)) }

    /// Starts a map of `count` entries; write each key, then its value.
    package mutating func beginMap(count: Int) { writeHead(major: 5, argument: UInt64(count)) }

    /// Starts an indefinite-length array; end it with `encodeBreak()`.
    package mutating func beginIndefiniteArray() { bytes.append(0x9F) }

    /// Starts an indefinite-length map; end it with `encodeBreak()`.
    package mutating func beginIndefiniteMap() { bytes.append(0xBF) }

    /// Ends an indefinite-length item.
    package mutating func encodeBreak() { bytes.append(0xFF) }

    /// Writes a tag; write the tagged item next.
    package mutating func encodeTag(_ tag: UInt64) { writeHead(major: 6, argument: tag) }

    /// Writes `true` or `false`.
    package mutating func encodeBool(_ value: Bool) { bytes.append(value ? 0xF5 : 0xF4) }

    /// Writes `null`.
    package mutating func encodeNull() { bytes.append(0xF6) }

    /// Writes a simple value (20...23 are the booleans, null and undefined).
    package mutating func encodeSimple(_ value: UInt8) {
        if value < 24 {
            bytes.append(0xE0 | value)
        } else {
            bytes.append(0xF8)
            bytes.append(value)
        }
    }

    /// Writes a half-precision float (rounded to the nearest half).
    package mutating func encodeFloat16(_ value: Double) {
        let bits = CBORHalfFloat.bits(from: value)
        bytes.append(0xF9)
        bytes.append(UInt8(truncatingIfNeeded: bits >> 8))
        bytes.append(UInt8(truncatingIfNeeded: bits))
    }

    /// Writes a single-precision float.
    package mutating func encodeFloat32(_ value: Float) {
        bytes.append(0xFA)
        appendBigEndian(UInt64(value.bitPattern), byteCount: 4)
    }

    /// Writes a double-precision float.
    package mutating func encodeFloat64(_ value: Double) {
        bytes.append(0xFB)
        appendBigEndian(value.bitPattern, byteCount: 8)
    }

    /// Writes a head: the major type and the shortest encoding of its argument.
    package mutating func writeHead(major: UInt8, argument: UInt64) {
        let type = major << 5
        switch argument {
        case 0..<24:
            bytes.append(type | UInt8(argument))
        case 24...0xFF:
            bytes.append(type | 24)
            bytes.append(UInt8(argument))
        case 0x100...0xFFFF:
            bytes.append(type | 25)
            appendBigEndian(argument, byteCount: 2)
        case 0x1_0000...0xFFFF_FFFF:
            bytes.append(type | 26)
            appendBigEndian(argument, byteCount: 4)
        default:
            bytes.append(type | 27)
            appendBigEndian(argument, byteCount: 8)
        }
    }

    private mutating func appendBigEndian(_ value: UInt64, byteCount: Int) {
        var shift = (byteCount - 1) * 8
        while shift >= 0 {
            bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift)))
            shift -= 8
        }
    }
}
