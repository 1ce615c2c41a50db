import Foundation

/// Reads and writes the headers block of an event stream message: for each header, a 1-byte
/// name length, the name (UTF-8), a 1-byte type, and the value (big-endian integers; bytes and
/// strings after a 2-byte length; timestamps as 8-byte milliseconds; UUIDs as 16 bytes).
package enum EventStreamHeaderCodec {
    /// The headers of `block`, in order. Throws for a cut header, an unknown type, invalid
    /// UTF-8 or a repeated name (botocore's `DuplicateHeader`).
    package static func decode(_ block: UnsafeRawBufferPointer) throws -> [(name: String, value: EventStreamHeaderValue)] {
        var headers: [(name: String, value: EventStreamHeaderValue)] = []
        var offset = 0
        func take(_ count: Int, _ what: String) throws -> UnsafeRawBufferPointer {
            guard count >= 0, offset + count <= block.count else {
                throw EventStreamError(.invalidHeader, "event stream header block ends inside \(what) "
                                       + "(\(block.count - offset) bytes left, \(count) needed)")
            }
            defer { offset += count }
            return UnsafeRawBufferPointer(rebasing: block[offset..<(offset + count)])
        }
        func integer(_ count: Int, _ what: String) throws -> UInt64 {
            var value: UInt64 = 0
            for byte in try take(count, what) { value = value << 8 | UInt64(byte) }
            return value
        }
        while offset < block.count {
            let nameLength = Int(try take(1, "a header name length")[0])
            guard let name = String(validating: try take(nameLength, "a header name"), as: UTF8.self) else {
                throw EventStreamError(.invalidHeader, "event stream header name is not valid UTF-8")
            }
            let type = try take(1, "the type of header '\(name)'")[0]
            let value: EventStreamHeaderValue
            switch type {
            case 0: value = .bool(true)
            case 1: value = .bool(false)
            case 2: value = .byte(Int8(truncatingIfNeeded: try integer(1, "header '\(name)'")))
            case 3: value = .short(Int16(truncatingIfNeeded: try integer(2, "header '\(name)'")))
            case 4: value = .integer(Int32(truncatingIfNeeded: try integer(4, "header '\(name)'")))
            case 5: value = .long(Int64(bitPattern: try integer(8, "header '\(name)'")))
            case 6, 7:
                let length = Int(try integer(2, "the length of header '\(name)'"))
                let bytes = try take(length, "header '\(name)'")
                if type == 6 {
                    value = .bytes(Data(bytes))
                } else {
                    guard let text = String(validating: bytes, as: UTF8.self) else {
                        throw EventStreamError(.invalidHeader, "event stream header '\(name)' is not valid UTF-8")
                    }
                    value = .string(text)
                }
            case 8: value = .timestamp(Int64(bitPattern: try integer(8, "header '\(name)'")))
            case 9: value = .uuid(Data(try take(16, "header '\(name)'")))
            default:
                throw EventStreamError(.invalidHeader, "event stream header '\(name)' has the unknown type \(type) (known: 0–9)")
            }
            if headers.contains(where: { $0.name == name }) {
                throw EventStreamError(.invalidHeader, "event stream message repeats the header '\(name)'")
            }
            headers.append((name, value))
        }
        return headers
    }

    /// The headers block for `headers`.
    package static func encode(_ headers: [(name: String, value: EventStreamHeaderValue)]) -> [UInt8] {
        var out: [UInt8] = []
        func integer(_ value: UInt64, _ count: Int) {
            for shift in stride(from: (count - 1) * 8, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
        }
        for (name, value) in headers {
            let nameBytes = Array(name.utf8.prefix(255))
            out.append(UInt8(nameBytes.count))
            out.append(contentsOf: nameBytes)
            switch value {
            case .bool(let flag): out.append(flag ? 0 : 1)
            case .byte(let number): out.append(2); integer(UInt64(UInt8(bitPattern: number)), 1)
            case .short(let number): out.append(3); integer(UInt64(UInt16(bitPattern: number)), 2)
            case .integer(let number): out.append(4); integer(UInt64(UInt32(bitPattern: number)), 4)
            case .long(let number): out.append(5); integer(UInt64(bitPattern: number), 8)
            case .bytes(let bytes):
                out.append(6); integer(UInt64(bytes.count), 2); out.append(contentsOf: bytes)
            case .string(let text):
                out.append(7); integer(UInt64(text.utf8.count), 2); out.append(contentsOf: text.utf8)
            case .timestamp(let millis): out.append(8); integer(UInt64(bitPattern: millis), 8)
            case .uuid(let bytes): out.append(9); out.append(contentsOf: bytes.prefix(16))
            }
        }
        return out
    }
}
