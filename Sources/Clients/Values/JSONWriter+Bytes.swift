import Foundation

/// Compact JSON written straight into UTF-8 bytes: the request bodies' writer (no `String`
/// appends, one growing buffer). Same text as the `String` writers.
extension JSONWriter {
    /// Appends `value` as a quoted, escaped JSON string: `"` `\` and control characters escaped
    /// (`\n`, `\u001f`, ...), everything else, non-ASCII included, as it is.
    package static func appendQuoted(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        PercentEncoding.withBytes(of: value) { bytes in
            var clean = true
            for byte in bytes where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                clean = false
                break
            }
            if clean {
                out.append(contentsOf: bytes)
                return
            }
            out.reserveCapacity(out.count + bytes.count + 16)
            // Control characters, `"` and `\` are single-byte scalars: escaping byte by byte
            // leaves multi-byte scalars untouched.
            for byte in bytes {
                switch byte {
                case 0x22: appendASCII("\\\"", to: &out)
                case 0x5C: appendASCII("\\\\", to: &out)
                case 0x0A: appendASCII("\\n", to: &out)
                case 0x0D: appendASCII("\\r", to: &out)
                case 0x09: appendASCII("\\t", to: &out)
                case 0x08: appendASCII("\\b", to: &out)
                case 0x0C: appendASCII("\\f", to: &out)
                case ..<0x20:
                    appendASCII("\\u00", to: &out)
                    out.append(lowerHexDigit(byte >> 4))
                    out.append(lowerHexDigit(byte & 0x0F))
                default: out.append(byte)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Appends the bytes of ASCII text.
    @inline(__always)
    package static func appendASCII(_ text: StaticString, to out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    /// Appends the UTF-8 bytes of `text`.
    @inline(__always)
    package static func append(_ text: String, to out: inout [UInt8]) {
        PercentEncoding.withBytes(of: text) { out.append(contentsOf: $0) }
    }

    /// Appends an integer in decimal, as `String(value)` writes it.
    package static func append(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        if magnitude < 10 {
            out.append(0x30 + UInt8(magnitude))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var count = 0
            while magnitude > 0 {
                digits[19 - count] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[(20 - count)...]))
        }
    }

    /// Appends a double as `format(double:)` writes it (unquoted, even NaN and infinities).
    package static func append(_ value: Double, to out: inout [UInt8]) {
        append(format(double: value), to: &out)
    }

    /// Appends base64 of `data` in double quotes (base64 needs no escaping).
    package static func appendQuotedBase64(_ data: Data, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: data.base64EncodedData())
        out.append(UInt8(ascii: "\""))
    }

    /// Writes a document as JSON into bytes (the `String` writer uses this too): maps with
    /// sorted keys, blobs base64, timestamps as epoch seconds.
    package static func write(_ document: Document, to out: inout [UInt8]) {
        switch document {
        case .null: appendASCII("null", to: &out)
        case .bool(let v): v ? appendASCII("true", to: &out) : appendASCII("false", to: &out)
        case .int(let v): append(v, to: &out)
        case .double(let v): append(v, to: &out)
        case .string(let v): appendQuoted(v, to: &out)
        case .blob(let v): appendQuotedBase64(v, to: &out)
        case .timestamp(let v): append(TimestampFormat.epochSeconds.format(v), to: &out)
        case .list(let elements):
            out.append(UInt8(ascii: "["))
            for index in elements.indices {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                write(elements[index], to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .map(let entries):
            out.append(UInt8(ascii: "{"))
            for (i, key) in entries.keys.sorted().enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendQuoted(key, to: &out)
                out.append(UInt8(ascii: ":"))
                write(entries[key] ?? .null, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    @inline(__always)
    private static func lowerHexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x61 - 10 + nibble
    }
}
