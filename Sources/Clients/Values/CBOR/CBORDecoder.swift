import Foundation

/// Reads CBOR (RFC 8949) into `CBORValue`s: definite and indefinite lengths, every float width,
/// tags and simple values.
///
/// Safe on hostile input: nesting depth is bounded, every length is checked against the bytes
/// that remain before anything is allocated, text must be valid UTF-8, and every problem throws
/// a `CBORDecodingError` naming the offset.
/// ```swift
/// let value = try CBORDecoder().decode(Data([0xA1, 0x61, 0x61, 0x01]))   // {"a": 1}
/// ```
package struct CBORDecoder: Sendable {
    /// The deepest nesting of arrays, maps and tags accepted.
    package var maxDepth: Int
    /// Whether bytes after the first item are ignored (botocore reads one item and stops);
    /// otherwise they are an error.
    package var allowsTrailingBytes: Bool

    /// Creates a decoder.
    package init(maxDepth: Int = 128, allowsTrailingBytes: Bool = false) {
        self.maxDepth = maxDepth
        self.allowsTrailingBytes = allowsTrailingBytes
    }

    /// Decodes the item `data` holds.
    package func decode(_ data: Data) throws(CBORDecodingError) -> CBORValue {
        let result: Result<CBORValue, CBORDecodingError> = data.withUnsafeBytes { buffer in
            var reader = CBORByteReader(bytes: buffer, maxDepth: maxDepth)
            do throws(CBORDecodingError) {
                let value = try reader.readItem(depth: 0)
                if !allowsTrailingBytes, reader.offset < buffer.count {
                    throw CBORDecodingError("\(buffer.count - reader.offset) unexpected bytes after the data item",
                                            offset: reader.offset)
                }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

/// The cursor of one `CBORDecoder.decode` call over borrowed bytes.
private struct CBORByteReader {
    let bytes: UnsafeRawBufferPointer
    let maxDepth: Int
    var offset = 0

    init(bytes: UnsafeRawBufferPointer, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    var remaining: Int { bytes.count - offset }

    mutating func readItem(depth: Int) throws(CBORDecodingError) -> CBORValue {
        let start = offset
        let initial = try readByte()
        let major = initial >> 5
        let info = initial & 0x1F
        switch major {
        case 0:
            return .unsigned(try readArgument(info, start: start))
        case 1:
            return .negative(try readArgument(info, start: start))
        case 2:
            switch try readString(major: 2, info: info, start: start) {
            case .borrowed(let slice): return .bytes(Data(slice))
            case .joined(let joined): return .bytes(Data(joined))
            }
        case 3:
            let text: String?
            switch try readString(major: 3, info: info, start: start) {
            case .borrowed(let slice): text = String(validating: slice, as: UTF8.self)
            case .joined(let joined): text = String(validating: joined, as: UTF8.self)
            }
            guard let text else { throw CBORDecodingError("text string is not valid UTF-8", offset: start) }
            return .text(text)
        case 4:
            try checkDepth(depth, start: start)
            var elements: [CBORValue] = []
            if info == 31 {
                while try !consumeBreak() { elements.append(try readItem(depth: depth + 1)) }
            } else {
                let count = try readCount(info, start: start, minimumItemBytes: 1, kind: "array")
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try readItem(depth: depth + 1)) }
            }
            return .array(elements)
        case 5:
            try checkDepth(depth, start: start)
            var entries: [CBORMapEntry] = []
            if info == 31 {
                while try !consumeBreak() {
                    let key = try readItem(depth: depth + 1)
                    entries.append(CBORMapEntry(key: key, value: try readItem(depth: depth + 1)))
                }
            } else {
                let count = try readCount(info, start: start, minimumItemBytes: 2, kind: "map")
                entries.reserveCapacity(count)
                for _ in 0..<count {
                    let key = try readItem(depth: depth + 1)
                    entries.append(CBORMapEntry(key: key, value: try readItem(depth: depth + 1)))
                }
            }
            return .map(entries)
        case 6:
            try checkDepth(depth, start: start)
            let tag = try readArgument(info, start: start)
            return .tagged(tag, try readItem(depth: depth + 1))
        default:
            return try readSimpleOrFloat(info, start: start)
        }
    }

    private mutating func readSimpleOrFloat(_ info: UInt8, start: Int) throws(CBORDecodingError) -> CBORValue {
        switch info {
        case 0..<20: return .simple(info)
        case 20: return .bool(false)
        case 21: return .bool(true)
        case 22: return .null
        case 23: return .undefined
        case 24:
            let value = try readByte()
            guard value >= 32 else {
                throw CBORDecodingError("simple value \(value) must be encoded in the initial byte", offset: start)
            }
            return .simple(value)
        case 25:
            return .float16(CBORHalfFloat.double(fromBits: UInt16(try readBigEndian(byteCount: 2))))
        case 26:
            return .float32(Float(bitPattern: UInt32(try readBigEndian(byteCount: 4))))
        case 27:
            return .float64(Double(bitPattern: try readBigEndian(byteCount: 8)))
        case 31:
            throw CBORDecodingError("break code outside an indefinite-length item", offset: start)
        default:
            throw CBORDecodingError("reserved additional information \(info) for major type 7", offset: start)
        }
    }

    /// The payload of a string: the input's own bytes, or the chunks of an indefinite-length one joined.
    private enum StringPayload {
        case borrowed(UnsafeRawBufferPointer)
        case joined([UInt8])
    }

    private mutating func readString(major: UInt8, info: UInt8, start: Int) throws(CBORDecodingError) -> StringPayload {
        guard info == 31 else {
            return .borrowed(try readSlice(length: try readArgument(info, start: start), start: start))
        }
        var joined: [UInt8] = []
        while try !consumeBreak() {
            let chunkStart = offset
            let initial = try readByte()
            guard initial >> 5 == major, initial & 0x1F != 31 else {
                throw CBORDecodingError("a chunk of an indefinite-length \(major == 2 ? "byte" : "text") string "
                                        + "must be a definite-length string of the same type", offset: chunkStart)
            }
            joined += try readSlice(length: try readArgument(initial & 0x1F, start: chunkStart), start: chunkStart)
        }
        return .joined(joined)
    }

    private mutating func readSlice(length: UInt64, start: Int) throws(CBORDecodingError) -> UnsafeRawBufferPointer {
        guard length <= UInt64(remaining) else {
            throw CBORDecodingError("a string of \(length) bytes is longer than the \(remaining) bytes that remain", offset: start)
        }
        let count = Int(length)
        let slice = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
        offset += count
        return slice
    }

    /// An element count, refused when the remaining bytes cannot possibly hold that many items.
    private mutating func readCount(_ info: UInt8, start: Int, minimumItemBytes: Int, kind: String) throws(CBORDecodingError) -> Int {
        let count = try readArgument(info, start: start)
        guard count <= UInt64(remaining / minimumItemBytes) else {
            throw CBORDecodingError("\(kind) of \(count) entries cannot fit in the \(remaining) bytes that remain", offset: start)
        }
        return Int(count)
    }

    private mutating func readArgument(_ info: UInt8, start: Int) throws(CBORDecodingError) -> UInt64 {
        switch info {
        case 0..<24: return UInt64(info)
        case 24: return try readBigEndian(byteCount: 1)
        case 25: return try readBigEndian(byteCount: 2)
        case 26: return try readBigEndian(byteCount: 4)
        case 27: return try readBigEndian(byteCount: 8)
        case 31: throw CBORDecodingError("indefinite length is not allowed for this major type", offset: start)
        default: throw CBORDecodingError("reserved additional information \(info)", offset: start)
        }
    }

    private mutating func checkDepth(_ depth: Int, start: Int) throws(CBORDecodingError) {
        guard depth < maxDepth else {
            throw CBORDecodingError("items nested deeper than \(maxDepth) levels", offset: start)
        }
    }

    /// Consumes a break code if one is next; throws at the end of input (an unterminated item).
    private mutating func consumeBreak() throws(CBORDecodingError) -> Bool {
        guard offset < bytes.count else {
            throw CBORDecodingError("unexpected end of input inside an indefinite-length item", offset: offset)
        }
        if bytes[offset] == 0xFF {
            offset += 1
            return true
        }
        return false
    }

    private mutating func readByte() throws(CBORDecodingError) -> UInt8 {
        guard offset < bytes.count else { throw CBORDecodingError("unexpected end of input", offset: offset) }
        defer { offset += 1 }
        return bytes[offset]
    }

    private mutating func readBigEndian(byteCount: Int) throws(CBORDecodingError) -> UInt64 {
        guard byteCount <= remaining else {
            throw CBORDecodingError("unexpected end of input: \(byteCount) bytes needed, \(remaining) remain", offset: offset)
        }
        var value: UInt64 = 0
        for index in offset..<offset + byteCount { value = value << 8 | UInt64(bytes[index]) }
        offset += byteCount
        return value
    }
}
