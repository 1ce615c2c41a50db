/// Decimal numbers as text, with the rules of Python's `decimal` module that boto3 relies on:
/// the syntax `Decimal(str)` reads, the checks of boto3's `DYNAMODB_CONTEXT` (precision 38,
/// Emin -128, Emax 126, every signal but `Subnormal` trapped) and the text `str(Decimal)` writes.
enum DecimalText {
    /// DynamoDB's precision: significant digits kept.
    static let precision = 38
    /// The largest adjusted exponent (boto3's `Emax`).
    static let maximumExponent = 126
    /// The smallest adjusted exponent of a normal number (boto3's `Emin`).
    static let minimumExponent = -128
    /// The smallest exponent of the last digit (Python's `Etiny`, `Emin - prec + 1`).
    static let tinyExponent = -128 - 38 + 1

    /// A number split into sign, coefficient digits (ASCII, no leading zeros, `0` for zero) and
    /// the exponent of the last digit.
    struct Parts: Sendable {
        var isNegative: Bool
        var digits: [UInt8]
        var exponent: Int

        var isZero: Bool { digits.count == 1 && digits[0] == UInt8(ascii: "0") }

        /// The exponent of the first digit (Python's `adjusted()`).
        var adjusted: Int { exponent + digits.count - 1 }

        /// The value without trailing zeros and without the sign of zero: equal numbers have equal forms.
        var normalized: Normalized {
            if isZero { return Normalized(isNegative: false, digits: [UInt8(ascii: "0")], exponent: 0) }
            var end = digits.count
            while end > 1, digits[end - 1] == UInt8(ascii: "0") { end -= 1 }
            return Normalized(isNegative: isNegative, digits: Array(digits[..<end]), exponent: exponent + digits.count - end)
        }
    }

    /// A number reduced to one form per value, for equality, hashing and order.
    struct Normalized: Hashable, Sendable {
        let isNegative: Bool
        let digits: [UInt8]
        let exponent: Int

        private var isZero: Bool { digits.count == 1 && digits[0] == UInt8(ascii: "0") }

        /// Numeric order.
        func isLess(than other: Normalized) -> Bool {
            if isZero && other.isZero { return false }
            if isNegative != other.isNegative { return isNegative }
            if isZero { return !other.isNegative }
            if other.isZero { return isNegative }
            let smaller = magnitudeIsLess(than: other)
            let larger = other.magnitudeIsLess(than: self)
            return isNegative ? larger : smaller
        }

        private func magnitudeIsLess(than other: Normalized) -> Bool {
            let mine = exponent + digits.count, theirs = other.exponent + other.digits.count
            if mine != theirs { return mine < theirs }
            return digits.lexicographicallyPrecedes(other.digits)
        }
    }

    /// The canonical text of `text` (what Python's `str(DYNAMODB_CONTEXT.create_decimal(text))`
    /// gives), after checking DynamoDB's limits; `text` itself when it is already canonical.
    static func canonical(_ text: String) throws -> String {
        if isCanonicalPlain(text) { return text }
        let parts = try parse(text)
        try check(parts, text: text)
        let formatted = format(parts)
        return formatted == text ? text : formatted
    }

    /// Whether `text` is a plain decimal Python writes back unchanged and DynamoDB accepts
    /// (`-12.50`, `0.001`): the fast path of `canonical`, with no allocation.
    static func isCanonicalPlain(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        var byte = utf8.next()
        if byte == UInt8(ascii: "-") { byte = utf8.next() }
        guard let first = byte, isDigit(first) else { return false }
        var significant = first == UInt8(ascii: "0") ? 0 : 1
        var leadingFractionZeros = 0
        var fraction = 0
        byte = utf8.next()
        if first != UInt8(ascii: "0") {
            while let next = byte, isDigit(next) {
                significant += 1
                byte = utf8.next()
            }
        }
        if byte == UInt8(ascii: ".") {
            byte = utf8.next()
            while let next = byte, isDigit(next) {
                fraction += 1
                if significant > 0 || next != UInt8(ascii: "0") { significant += 1 } else { leadingFractionZeros += 1 }
                byte = utf8.next()
            }
            guard fraction > 0 else { return false }
        }
        guard byte == nil, significant <= precision else { return false }
        // Python switches to exponent notation when the first digit is 6 or more places after the point.
        let leftDigits = significant == 0 ? 1 - fraction : significant - fraction
        return leftDigits > -6
    }

    /// Splits Python decimal syntax into parts; throws for anything else, and for infinities and NaNs.
    static func parse(_ text: String) throws -> Parts {
        let bytes = Array(text.utf8)
        var index = 0
        var isNegative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            isNegative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        let rest = String(decoding: bytes[index...], as: UTF8.self).lowercased()
        if ["inf", "infinity", "nan", "snan"].contains(rest) || (rest.hasPrefix("nan") || rest.hasPrefix("snan"))
            && rest.drop(while: { $0.isLetter }).allSatisfy(\.isNumber) {
            throw DynamoDBTypeError(.infinityOrNaN, "Infinity and NaN not supported: \(text) is not a DynamoDB number.")
        }
        var digits: [UInt8] = []
        var fractionDigits = 0
        var sawDigit = false
        while index < bytes.count, isDigit(bytes[index]) {
            digits.append(bytes[index]); sawDigit = true; index += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, isDigit(bytes[index]) {
                digits.append(bytes[index]); fractionDigits += 1; sawDigit = true; index += 1
            }
        }
        guard sawDigit else { throw notANumber(text) }
        var exponent = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            var negativeExponent = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                negativeExponent = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            guard index < bytes.count else { throw notANumber(text) }
            while index < bytes.count, isDigit(bytes[index]) {
                // Saturate: anything this large is out of range either way.
                if exponent < 1_000_000_000 { exponent = exponent * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
                index += 1
            }
            if negativeExponent { exponent = -exponent }
        }
        guard index == bytes.count else { throw notANumber(text) }
        let firstNonZero = digits.firstIndex { $0 != UInt8(ascii: "0") }
        let coefficient = firstNonZero.map { Array(digits[$0...]) } ?? [UInt8(ascii: "0")]
        return Parts(isNegative: isNegative, digits: coefficient, exponent: exponent - fractionDigits)
    }

    /// Throws what boto3's `DYNAMODB_CONTEXT.create_decimal` raises for `parts` (Python's `_fix`,
    /// with every signal but `Subnormal` trapped); returns for a number DynamoDB holds exactly.
    static func check(_ parts: Parts, text: String) throws {
        if parts.isZero {
            guard parts.exponent >= tinyExponent, parts.exponent <= maximumExponent else {
                throw DynamoDBTypeError(.clamped, "Clamped: the exponent of the zero \(text) is outside DynamoDB's range (boto3 raises decimal.Clamped); write 0.")
            }
            return
        }
        let count = parts.digits.count
        if parts.adjusted > maximumExponent {
            throw DynamoDBTypeError(.overflow, "Overflow: \(text) is larger in magnitude than DynamoDB's numbers go (9.9999999999999999999999999999999999999E+125; boto3 raises decimal.Overflow).")
        }
        let isSubnormal = parts.exponent + count - precision < tinyExponent
        let lowestKept = isSubnormal ? tinyExponent : parts.exponent + count - precision
        guard parts.exponent < lowestKept else { return }
        let dropped = min(lowestKept - parts.exponent, count)
        let changed = parts.digits[(count - dropped)...].contains { $0 != UInt8(ascii: "0") }
        if isSubnormal && changed {
            throw DynamoDBTypeError(.underflow, "Underflow: \(text) is smaller in magnitude than DynamoDB's numbers go (1E-130; boto3 raises decimal.Underflow).")
        }
        if changed {
            throw DynamoDBTypeError(.inexact, "Inexact: \(text) has more significant digits than the \(precision) DynamoDB keeps (boto3 raises decimal.Inexact); round it first, or store it as a string.")
        }
        throw DynamoDBTypeError(.rounded, "Rounded: \(text) has more than \(precision) digits, though the extra ones are zeros (boto3 raises decimal.Rounded); write it with an exponent, as \(format(parts.normalizedParts)).")
    }

    /// Python's `Decimal.__str__` (scientific notation when the exponent is positive or the first
    /// digit is six or more places after the point).
    static func format(_ parts: Parts) -> String {
        let digits = parts.digits
        let leftDigits = parts.exponent + digits.count
        let dotPlace = parts.exponent <= 0 && leftDigits > -6 ? leftDigits : 1
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + 8)
        if parts.isNegative { out.append(UInt8(ascii: "-")) }
        if dotPlace <= 0 {
            out.append(UInt8(ascii: "0"))
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -dotPlace))
            out.append(contentsOf: digits)
        } else if dotPlace >= digits.count {
            out.append(contentsOf: digits)
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: dotPlace - digits.count))
        } else {
            out.append(contentsOf: digits[..<dotPlace])
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits[dotPlace...])
        }
        var text = String(decoding: out, as: UTF8.self)
        if leftDigits != dotPlace {
            let exponent = leftDigits - dotPlace
            text += exponent < 0 ? "E\(exponent)" : "E+\(exponent)"
        }
        return text
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func notANumber(_ text: String) -> DynamoDBTypeError {
        DynamoDBTypeError(.notANumber, "'\(text)' is not a number: write digits with an optional sign, point and exponent (-12.5, 1E+40).")
    }
}

extension DecimalText.Parts {
    /// The same value with trailing zeros moved into the exponent.
    var normalizedParts: DecimalText.Parts {
        let form = normalized
        return DecimalText.Parts(isNegative: form.isNegative, digits: form.digits, exponent: form.exponent)
    }
}
