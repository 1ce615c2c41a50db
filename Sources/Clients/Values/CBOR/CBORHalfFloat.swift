/// Conversions between IEEE 754 half-precision bit patterns and `Double`, written out so they
/// work on every platform (`Float16` is not available everywhere Swift runs).
package enum CBORHalfFloat {
    /// The value of a half-precision bit pattern; exact, since every half is a `Double`.
    package static func double(fromBits bits: UInt16) -> Double {
        let negative = bits & 0x8000 != 0
        let exponent = Int((bits >> 10) & 0x1F)
        let mantissa = Double(bits & 0x3FF)
        let magnitude: Double
        switch exponent {
        case 0: magnitude = mantissa * 0x1p-24
        case 31: magnitude = mantissa == 0 ? .infinity : .nan
        default: magnitude = (mantissa + 1024) * Double(sign: .plus, exponent: exponent - 25, significand: 1)
        }
        return negative ? -magnitude : magnitude
    }

    /// The half-precision bit pattern nearest `value` (ties to even); values beyond the half range
    /// become infinities, NaN becomes the canonical quiet NaN `0x7E00`.
    package static func bits(from value: Double) -> UInt16 {
        if value.isNaN { return 0x7E00 }
        let sign: UInt16 = value.sign == .minus ? 0x8000 : 0
        let magnitude = value.magnitude
        if magnitude >= 65520 { return sign | 0x7C00 }
        if magnitude < 0x1p-14 {
            // Subnormal (or zero): units of 2^-24; a carry into 0x400 is the smallest normal.
            return sign | UInt16((magnitude * 0x1p24).rounded(.toNearestOrEven))
        }
        var exponent = Int(magnitude.exponent)
        var fraction = ((magnitude.significand - 1) * 1024).rounded(.toNearestOrEven)
        if fraction == 1024 {
            fraction = 0
            exponent += 1
        }
        if exponent > 15 { return sign | 0x7C00 }
        return sign | UInt16(exponent + 15) << 10 | UInt16(fraction)
    }

    /// Whether `value` survives a round trip through half precision (NaN counts as exact).
    package static func isExact(_ value: Double) -> Bool {
        value.isNaN || double(fromBits: bits(from: value)) == value
    }
}
