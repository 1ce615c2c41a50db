/// Arithmetic modulo an odd 256-bit prime whose top bit is set (P-256's field prime `p` and
/// group order `n`), with products in Montgomery form (`aR mod m`, `R = 2^256`), so no
/// multiplication needs a division.
///
/// Values passed to `multiply`, `square`, `power` and `inverse` are in Montgomery form (see
/// `toMontgomery`); `add`, `subtract` and `reduce` work in either form.
struct MontgomeryField: Sendable {
    /// The modulus.
    let modulus: UInt256
    /// `-modulus⁻¹ mod 2^64`.
    private let inverseLowLimb: UInt64
    /// `R² mod modulus`.
    private let rSquared: UInt256
    /// `R mod modulus`: 1 in Montgomery form.
    let one: UInt256

    init(modulus: UInt256) {
        self.modulus = modulus
        var inverse: UInt64 = 1
        for _ in 0..<6 { inverse = inverse &* (2 &- modulus.l0 &* inverse) }  // Newton: doubles the correct bits each round
        inverseLowLimb = 0 &- inverse
        // With the top bit set, 2^256 mod m is 2^256 - m; doubling it 256 more times gives R² mod m.
        let rModM = UInt256.zero.subtractingReportingBorrow(modulus).0
        one = rModM
        var value = rModM
        for _ in 0..<256 {
            let (doubled, carry) = value.addingReportingCarry(value)
            value = carry || !doubled.isLess(than: modulus) ? doubled.subtractingReportingBorrow(modulus).0 : doubled
        }
        rSquared = value
    }

    /// `value mod m` for any 256-bit value (less than 2m, as the top bit of m is set).
    func reduce(_ value: UInt256) -> UInt256 {
        value.isLess(than: modulus) ? value : value.subtractingReportingBorrow(modulus).0
    }

    func add(_ a: UInt256, _ b: UInt256) -> UInt256 {
        let (sum, carry) = a.addingReportingCarry(b)
        return carry || !sum.isLess(than: modulus) ? sum.subtractingReportingBorrow(modulus).0 : sum
    }

    func subtract(_ a: UInt256, _ b: UInt256) -> UInt256 {
        let (difference, borrow) = a.subtractingReportingBorrow(b)
        return borrow ? difference.addingReportingCarry(modulus).0 : difference
    }

    func toMontgomery(_ value: UInt256) -> UInt256 { multiply(reduce(value), rSquared) }

    func fromMontgomery(_ value: UInt256) -> UInt256 { multiply(value, .one) }

    func square(_ a: UInt256) -> UInt256 { multiply(a, a) }

    /// `a · b · R⁻¹ mod m` (coarsely integrated operand scanning).
    func multiply(_ a: UInt256, _ b: UInt256) -> UInt256 {
        var t0: UInt64 = 0, t1: UInt64 = 0, t2: UInt64 = 0, t3: UInt64 = 0, t4: UInt64 = 0, t5: UInt64 = 0
        for i in 0..<4 {
            let bi = b[i]
            var carry: UInt64 = 0
            Self.multiplyAdd(a.l0, bi, &t0, &carry)
            Self.multiplyAdd(a.l1, bi, &t1, &carry)
            Self.multiplyAdd(a.l2, bi, &t2, &carry)
            Self.multiplyAdd(a.l3, bi, &t3, &carry)
            let (sum, overflow) = t4.addingReportingOverflow(carry)
            t4 = sum
            t5 = overflow ? 1 : 0

            let factor = t0 &* inverseLowLimb
            carry = 0
            var discarded = t0
            Self.multiplyAdd(factor, modulus.l0, &discarded, &carry)   // the low limb becomes 0
            Self.multiplyShift(factor, modulus.l1, t1, &t0, &carry)
            Self.multiplyShift(factor, modulus.l2, t2, &t1, &carry)
            Self.multiplyShift(factor, modulus.l3, t3, &t2, &carry)
            let (top, topOverflow) = t4.addingReportingOverflow(carry)
            t3 = top
            t4 = t5 &+ (topOverflow ? 1 : 0)
        }
        let result = UInt256(l0: t0, l1: t1, l2: t2, l3: t3)
        return t4 != 0 || !result.isLess(than: modulus) ? result.subtractingReportingBorrow(modulus).0 : result
    }

    /// `accumulator + x·y + carry`: low limb into `accumulator`, high limb into `carry`.
    @inline(__always)
    private static func multiplyAdd(_ x: UInt64, _ y: UInt64, _ accumulator: inout UInt64, _ carry: inout UInt64) {
        let (high, low) = x.multipliedFullWidth(by: y)
        let (sum1, overflow1) = low.addingReportingOverflow(accumulator)
        let (sum2, overflow2) = sum1.addingReportingOverflow(carry)
        accumulator = sum2
        carry = high &+ (overflow1 ? 1 : 0) &+ (overflow2 ? 1 : 0)
    }

    /// `source + x·y + carry`: low limb into `destination` (one limb down), high limb into `carry`.
    @inline(__always)
    private static func multiplyShift(_ x: UInt64, _ y: UInt64, _ source: UInt64, _ destination: inout UInt64,
                                      _ carry: inout UInt64) {
        var limb = source
        multiplyAdd(x, y, &limb, &carry)
        destination = limb
    }

    /// `base^exponent` (Montgomery form in and out).
    func power(_ base: UInt256, _ exponent: UInt256) -> UInt256 {
        var result = one
        for index in stride(from: 255, through: 0, by: -1) {
            result = square(result)
            if exponent.bit(index) { result = multiply(result, base) }
        }
        return result
    }

    /// `a⁻¹` by Fermat's little theorem (the modulus is prime); 0 for 0.
    func inverse(_ a: UInt256) -> UInt256 {
        power(a, modulus.subtractingReportingBorrow(UInt256(l0: 2, l1: 0, l2: 0, l3: 0)).0)
    }
}
