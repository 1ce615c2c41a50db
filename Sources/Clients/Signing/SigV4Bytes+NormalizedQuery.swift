/// The canonical query string as the AWS Common Runtime builds it for SigV4a (and as the SigV4a
/// test suite expects): each key and value percent-decoded, then encoded again with only
/// unreserved characters left as they are (uppercase hex, `+` kept as a literal plus and so
/// encoded), the pairs sorted by key and then value. For the query this SDK's serializers
/// write, that is the query as it stands; a hand-written URL (`%7e`, `%41`, a raw `/`) signs as
/// AWS reads it. A `%` that starts no valid escape is kept as a literal `%`.
extension SigV4Bytes {
    mutating func appendNormalizedQuery(_ query: some StringProtocol) {
        Self.withUTF8(query) { source in
            if source.isEmpty { return }
            var encoded: [UInt8] = []
            encoded.reserveCapacity(source.count + 16)
            var pairs: [CanonicalQueryPair] = []
            for pair in CanonicalQueryPair.split(source) {
                let keyStart = encoded.count
                Self.appendReencoded(UnsafeBufferPointer(rebasing: source[pair.key]), to: &encoded)
                let valueStart = encoded.count
                Self.appendReencoded(UnsafeBufferPointer(rebasing: source[pair.value]), to: &encoded)
                pairs.append(CanonicalQueryPair(key: keyStart..<valueStart, value: valueStart..<encoded.count))
            }
            encoded.withUnsafeBufferPointer { bytes in
                CanonicalQueryPair.sort(&pairs, in: bytes)
                for (index, pair) in pairs.enumerated() {
                    if index > 0 { self.bytes.append(UInt8(ascii: "&")) }
                    self.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pair.key]))
                    self.bytes.append(UInt8(ascii: "="))
                    self.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pair.value]))
                }
            }
        }
    }

    /// Appends `text` decoded and encoded again.
    private static func appendReencoded(_ text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let digits: StaticString = "0123456789ABCDEF"
        var index = 0
        while index < text.count {
            var byte = text[index]
            if byte == UInt8(ascii: "%"), index + 2 < text.count,
               let high = hexValue(text[index + 1]), let low = hexValue(text[index + 2]) {
                byte = high << 4 | low
                index += 3
            } else {
                index += 1
            }
            if PercentEncoding.isUnreserved(byte) {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(digits.utf8Start[Int(byte >> 4)])
                out.append(digits.utf8Start[Int(byte & 0x0F)])
            }
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x37
        case 0x61...0x66: return byte - 0x57
        default: return nil
        }
    }
}
