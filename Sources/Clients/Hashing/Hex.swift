/// Lowercase hexadecimal encoding and lenient decoding of bytes.
package enum Hex {
    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Lowercase hex of `bytes`.
    package static func encode(_ bytes: some Sequence<UInt8>) -> String {
        if let hex = bytes.withContiguousStorageIfAvailable(encode) { return hex }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.underestimatedCount * 2)
        digits.withUnsafeBufferPointer { table in
            for byte in bytes {
                out.append(table[Int(byte >> 4)])
                out.append(table[Int(byte & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Lowercase hex of contiguous bytes, written straight into the string's storage (digests are
    /// rendered on every signed request).
    private static func encode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 2) { out in
            digits.withUnsafeBufferPointer { table in
                for (index, byte) in bytes.enumerated() {
                    out[index &* 2] = table[Int(byte >> 4)]
                    out[index &* 2 &+ 1] = table[Int(byte & 0x0F)]
                }
            }
            return bytes.count * 2
        }
    }

    /// The bytes of a hex string (either case); `nil` when the length is odd or a character
    /// is not a hex digit.
    package static func decode(_ text: String) -> [UInt8]? {
        let utf8 = text.utf8
        guard utf8.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count / 2)
        var high: UInt8?
        for char in utf8 {
            guard let value = nibble(char) else { return nil }
            if let pending = high {
                out.append(pending << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        return out
    }

    private static func nibble(_ char: UInt8) -> UInt8? {
        switch char {
        case 0x30...0x39: return char - 0x30
        case 0x41...0x46: return char - 0x41 + 10
        case 0x61...0x66: return char - 0x61 + 10
        default: return nil
        }
    }
}
