/// A 256-bit unsigned integer in four 64-bit limbs, least significant first: the numbers of
/// P-256 arithmetic (field elements, scalars). Plain value arithmetic with explicit carries; the
/// modular operations live in `MontgomeryField`.
struct UInt256: Sendable, Hashable {
    var l0: UInt64, l1: UInt64, l2: UInt64, l3: UInt64

    static let zero = UInt256(l0: 0, l1: 0, l2: 0, l3: 0)
    static let one = UInt256(l0: 1, l1: 0, l2: 0, l3: 0)

    init(l0: UInt64, l1: UInt64, l2: UInt64, l3: UInt64) {
        self.l0 = l0; self.l1 = l1; self.l2 = l2; self.l3 = l3
    }

    /// From 32 big-endian bytes (shorter input is left-padded with zeros); `nil` when longer.
    init?(bigEndian bytes: some Collection<UInt8>) {
        guard bytes.count <= 32 else { return nil }
        var limbs: [UInt64] = [0, 0, 0, 0]
        for (index, byte) in bytes.reversed().enumerated() {
            limbs[index / 8] |= UInt64(byte) << (UInt64(index % 8) * 8)
        }
        self.init(l0: limbs[0], l1: limbs[1], l2: limbs[2], l3: limbs[3])
    }

    /// From 64 hex digits (for constants).
    init(hex: StaticString) {
        var bytes: [UInt8] = []
        let text = hex.withUTF8Buffer { Array($0) }
        var index = 0
        while index + 1 < text.count {
            bytes.append(UInt8(Self.nibble(text[index]) << 4 | Self.nibble(text[index + 1])))
            index += 2
        }
        self.init(bigEndian: bytes)!
    }

    private static func nibble(_ digit: UInt8) -> UInt8 {
        switch digit {
        case 0x30...0x39: return digit - 0x30
        case 0x61...0x66: return digit - 0x61 + 10
        default: return digit - 0x41 + 10
        }
    }

    /// The 32 big-endian bytes.
    var bigEndianBytes: [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 32)
        for index in 0..<32 {
            bytes[31 - index] = UInt8(truncatingIfNeeded: self[index / 8] >> (UInt64(index % 8) * 8))
        }
        return bytes
    }

    subscript(index: Int) -> UInt64 {
        get {
            switch index {
            case 0: return l0
            case 1: return l1
            case 2: return l2
            default: return l3
            }
        }
        set {
            switch index {
            case 0: l0 = newValue
            case 1: l1 = newValue
            case 2: l2 = newValue
            default: l3 = newValue
            }
        }
    }

    var isZero: Bool { (l0 | l1 | l2 | l3) == 0 }

    /// Bit `index` (0 = least significant).
    func bit(_ index: Int) -> Bool { (self[index / 64] >> UInt64(index % 64)) & 1 == 1 }

    /// `self + other` and the carry out.
    func addingReportingCarry(_ other: UInt256) -> (UInt256, Bool) {
        var result = UInt256.zero
        var carry: UInt64 = 0
        for index in 0..<4 {
            let (sum1, overflow1) = self[index].addingReportingOverflow(other[index])
            let (sum2, overflow2) = sum1.addingReportingOverflow(carry)
            result[index] = sum2
            carry = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
        }
        return (result, carry != 0)
    }

    /// `self - other` and the borrow out.
    func subtractingReportingBorrow(_ other: UInt256) -> (UInt256, Bool) {
        var result = UInt256.zero
        var borrow: UInt64 = 0
        for index in 0..<4 {
            let (difference1, overflow1) = self[index].subtractingReportingOverflow(other[index])
            let (difference2, overflow2) = difference1.subtractingReportingOverflow(borrow)
            result[index] = difference2
            borrow = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
        }
        return (result, borrow != 0)
    }

    /// Whether `self < other`.
    func isLess(than other: UInt256) -> Bool {
        for index in stride(from: 3, through: 0, by: -1) where self[index] != other[index] {
            return self[index] < other[index]
        }
        return false
    }
}
