import Foundation

extension DynamoDBNumber {
    /// The exact value of `value`, when it has at most 38 significant digits (`0.5`, `30.25`,
    /// `1e22`); throws `DynamoDBTypeError` (`.inexact`) otherwise.
    ///
    /// A `Double` holds a binary fraction: `0.1` is really 0.1000000000000000055511151231257827…,
    /// 55 digits, which DynamoDB cannot store. boto3 refuses floats outright; this takes the ones
    /// that are exact and refuses the rest rather than round them silently. Write decimal values
    /// as text (`DynamoDBNumber("0.1")`) or as a `Decimal`.
    public init(_ value: Double) throws {
        guard value.isFinite else {
            throw DynamoDBTypeError(.infinityOrNaN, "Infinity and NaN not supported: \(value) is not a DynamoDB number.")
        }
        let sign = value.sign == .minus ? "-" : ""
        if value == 0 {
            self.init(canonical: sign + "0")
            return
        }
        // value = significand × 2^exponent, the significand odd.
        var significand = UInt64(value.significandBitPattern) | (value.isNormal ? 1 << 52 : 0)
        var exponent = value.isNormal ? Int(value.exponent) - 52 : -1074
        let zeros = significand.trailingZeroBitCount
        significand >>= zeros
        exponent += zeros
        let text: String
        if exponent >= 0 {
            guard exponent + (64 - significand.leadingZeroBitCount) <= 127 else {
                throw Self.inexactDouble(value, exactText: nil)
            }
            text = sign + String(UInt128(significand) << exponent)
        } else {
            // significand × 2^-k = significand × 5^k × 10^-k.
            var coefficient = UInt128(significand)
            for _ in 0 ..< -exponent {
                let (product, overflow) = coefficient.multipliedReportingOverflow(by: 5)
                guard !overflow else { throw Self.inexactDouble(value, exactText: nil) }
                coefficient = product
            }
            text = sign + String(coefficient) + "E\(exponent)"
        }
        do {
            try self.init(text)
        } catch let error as DynamoDBTypeError where error.code == .inexact || error.code == .rounded {
            throw Self.inexactDouble(value, exactText: text)
        }
    }

    /// The exact value of a `Decimal`; throws `DynamoDBTypeError` for NaN (and, in principle, for
    /// an exponent out of DynamoDB's range, which `Decimal`'s own range never reaches).
    public init(_ value: Decimal) throws {
        guard !value.isNaN else {
            throw DynamoDBTypeError(.infinityOrNaN, "Infinity and NaN not supported: a NaN Decimal is not a DynamoDB number.")
        }
        let significand = abs(value.significand)
        try self.init((value.sign == .minus ? "-" : "") + "\(significand)E\(value.exponent)")
    }

    /// The value as an `Int`, when it is a whole number that fits; `nil` otherwise.
    public var int: Int? {
        if let fast = Int(text) { return fast }
        let form = parts.normalizedParts
        guard form.exponent >= 0, form.exponent + form.digits.count <= 19 else { return nil }
        let digits = String(decoding: form.digits, as: UTF8.self) + String(repeating: "0", count: form.exponent)
        return Int((form.isNegative ? "-" : "") + digits)
    }

    /// The value as a `Double`, when the number is one a `Double` holds, written as Swift writes
    /// that `Double` (`0.1`, `2.5`, `1e+100`); `nil` for a number a `Double` would round (more
    /// digits than it keeps). `approximateDouble` rounds instead.
    public var double: Double? {
        guard let value = Double(text), value.isFinite else { return nil }
        guard let back = try? DynamoDBNumber(String(value)) else { return nil }
        return back == self ? value : nil
    }

    /// The nearest `Double`, rounding when the number has more digits than a `Double` keeps.
    public var approximateDouble: Double { Double(text) ?? .nan }

    /// The value as a `Decimal`, exact; `nil` when it is outside `Decimal`'s exponent range.
    public var decimal: Decimal? {
        let form = parts.normalizedParts
        guard form.exponent >= -128, form.exponent <= 127,
              let significand = Decimal(string: String(decoding: form.digits, as: UTF8.self), locale: nil) else { return nil }
        return Decimal(sign: form.isNegative ? .minus : .plus, exponent: form.exponent, significand: significand)
    }

    private static func inexactDouble(_ value: Double, exactText: String?) -> DynamoDBTypeError {
        let exact = exactText.map { " (exactly \($0))" } ?? ""
        return DynamoDBTypeError(.inexact, "Inexact: the Double \(value)\(exact) has more significant digits than the 38 DynamoDB keeps; boto3 refuses floats for this reason. Pass the decimal you mean as DynamoDBNumber(\"\(value)\") or a Decimal.")
    }
}
