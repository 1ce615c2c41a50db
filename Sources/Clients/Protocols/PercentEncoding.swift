/// RFC 3986 percent-encoding as botocore applies it (`urllib.parse.quote` with `safe`).
public enum PercentEncoding {
    /// Encodes every byte except unreserved characters (`A-Z a-z 0-9 - . _ ~`) and those in `safe`.
    public static func encode(_ text: String, safe: String = "") -> String {
        // `safe` is a handful of characters: scanning it beats building a set on every call.
        let safeBytes = safe.utf8
        var needs = false
        for byte in text.utf8 where !isUnreserved(byte) && !safeBytes.contains(byte) {
            needs = true
            break
        }
        if !needs { return text }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if isUnreserved(byte) || safeBytes.contains(byte) {
                out.append(byte)
            } else {
                out.append(0x25)
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
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

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }
}
