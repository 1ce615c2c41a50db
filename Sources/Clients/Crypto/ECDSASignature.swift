/// An ECDSA signature (r, s) over P-256, and its DER form as SigV4a sends it (hex-encoded in
/// `Signature=` or `X-Amz-Signature`): `SEQUENCE { INTEGER r, INTEGER s }`.
package struct ECDSASignature: Sendable, Hashable {
    /// r, 32 bytes big-endian.
    package let r: [UInt8]
    /// s, 32 bytes big-endian.
    package let s: [UInt8]

    package init(r: [UInt8], s: [UInt8]) {
        self.r = r
        self.s = s
    }

    /// The DER encoding (70 to 72 bytes for nonzero r and s of full size): each integer with
    /// its leading zero bytes dropped and one zero byte put back when the top bit is set, so it
    /// reads as positive.
    package var derBytes: [UInt8] {
        let r = Self.derInteger(self.r), s = Self.derInteger(self.s)
        return [0x30, UInt8(r.count + s.count)] + r + s
    }

    /// An `INTEGER` holding the unsigned big-endian `value`.
    private static func derInteger(_ value: [UInt8]) -> [UInt8] {
        var digits = value.drop { $0 == 0 }
        if digits.isEmpty { digits = [0] }
        var content = Array(digits)
        if content[0] & 0x80 != 0 { content.insert(0, at: 0) }
        return [0x02, UInt8(content.count)] + content
    }
}
