/// RFC 3986 percent-encoding as botocore applies it (`urllib.parse.quote` with `safe`).
public enum PercentEncoding {
    /// Encodes every byte except unreserved characters (`A-Z a-z 0-9 - . _ ~`) and those in `safe`.
    public static func encode(_ text: String, safe: String = "") -> String {
        // `safe` is a handful of characters: scanning it beats building a set on every call.
        let safeBytes = safe.utf8
        let encoded = withBytes(of: text) { bytes -> String? in
            var needs = 0
            for byte in bytes where !isUnreserved(byte) && !safeBytes.contains(byte) { needs += 1 }
            // Nothing to encode (the common case): the text itself, not a copy.
            if needs == 0 { return nil }
            return String(unsafeUninitializedCapacity: bytes.count + 2 * needs) { out in
                var count = 0
                for byte in bytes {
                    if isUnreserved(byte) || safeBytes.contains(byte) {
                        out[count] = byte
                        count += 1
                    } else {
                        writeEscape(byte, into: out, at: &count)
                    }
                }
                return count
            }
        }
        return encoded ?? text
    }

    /// Writes `bytes` into `out` from `count` on, encoding every byte but unreserved ones (and `/`
    /// when `keepSlash`). `out` needs room for three bytes per byte of `bytes`.
    package static func encode(_ bytes: UnsafeBufferPointer<UInt8>, keepSlash: Bool,
                               into out: UnsafeMutableBufferPointer<UInt8>, at count: inout Int) {
        for byte in bytes {
            if isUnreserved(byte) || (keepSlash && byte == UInt8(ascii: "/")) {
                out[count] = byte
                count += 1
            } else {
                writeEscape(byte, into: out, at: &count)
            }
        }
    }

    /// Encodes a URI path, keeping `/` (for greedy labels such as S3 keys).
    public static func encodePath(_ text: String) -> String { encode(text, safe: "/") }

    /// Decodes `%XX` sequences (and, when `plusAsSpace`, `+` as a space); invalid sequences are kept as they are.
    public static func decode(_ text: String, plusAsSpace: Bool = false) -> String {
        guard text.utf8.contains(0x25) || (plusAsSpace && text.utf8.contains(0x2B)) else { return text }
        let bytes = Array(text.utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x25, i + 2 < bytes.count, let high = hexValue(bytes[i + 1]), let low = hexValue(bytes[i + 2]) {
                out.append(high << 4 | low)
                i += 3
            } else {
                out.append(plusAsSpace && byte == 0x2B ? 0x20 : byte)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x2E, 0x5F, 0x7E: return true
        default: return false
        }
    }

    /// Runs `body` on the UTF-8 bytes of `text` (in place for native strings).
    @inline(__always)
    package static func withBytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return try Array(text.utf8).withUnsafeBufferPointer(body)
    }

    @inline(__always)
    private static func writeEscape(_ byte: UInt8, into out: UnsafeMutableBufferPointer<UInt8>, at count: inout Int) {
        out[count] = 0x25
        out[count + 1] = hexDigit(byte >> 4)
        out[count + 2] = hexDigit(byte & 0x0F)
        count += 3
    }

    /// An uppercase hex digit for `nibble` (0-15).
    @inline(__always)
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x41 - 10 + nibble
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }
}
