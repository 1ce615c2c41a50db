/// P-256 ECDSA verification written from the standards, for tests only: FIPS 186-4 (curve
/// constants, the fast reduction of D.2.3, ECDSA verification), SEC 1 (affine point arithmetic)
/// and X.690 (DER). It shares nothing with the CP256 signer: 32-bit words instead of 64-bit
/// limbs, affine coordinates with a binary extended Euclid inverse instead of projective
/// complete formulas and Fermat, plain residues instead of Montgomery form. Slow and
/// variable-time, which is fine for checking signatures in tests.
enum ReferenceP256 {
    /// A number as 32-bit words, least significant first (8 words for 256 bits).
    typealias Words = [UInt32]

    static let p = words("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff")
    static let n = words("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551")
    static let b = words("5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b")
    static let generator = Point(x: words("6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"),
                                 y: words("4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5"))

    /// An affine point; `nil` coordinates are the point at infinity.
    struct Point: Equatable {
        var x: Words
        var y: Words
    }

    // MARK: Conversions

    /// 64 hex digits (big-endian) as words.
    static func words(_ hex: String) -> Words {
        words(bytes: Array(hex.utf8).chunked(2).map { UInt8(String(decoding: $0, as: UTF8.self), radix: 16)! })
    }

    /// 32 big-endian bytes as words.
    static func words(bytes: [UInt8]) -> Words {
        precondition(bytes.count == 32)
        return (0..<8).map { index in
            let start = 32 - 4 * (index + 1)
            return bytes[start..<start + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        }
    }

    /// Words as 32 big-endian bytes.
    static func bytes(_ value: Words) -> [UInt8] {
        value.reversed().flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * $0)) } }
    }

    // MARK: Integers

    static func compare(_ a: Words, _ b: Words) -> Int {
        for index in stride(from: max(a.count, b.count) - 1, through: 0, by: -1) {
            let x = index < a.count ? a[index] : 0, y = index < b.count ? b[index] : 0
            if x != y { return x < y ? -1 : 1 }
        }
        return 0
    }

    static func isZero(_ a: Words) -> Bool { a.allSatisfy { $0 == 0 } }

    /// a + b over `a.count` words, and the carry out.
    static func add(_ a: Words, _ b: Words) -> (Words, UInt32) {
        var out = a, carry: UInt64 = 0
        for index in a.indices {
            let sum = UInt64(a[index]) + UInt64(index < b.count ? b[index] : 0) + carry
            out[index] = UInt32(truncatingIfNeeded: sum)
            carry = sum >> 32
        }
        return (out, UInt32(carry))
    }

    /// a - b over `a.count` words, and the borrow out.
    static func subtract(_ a: Words, _ b: Words) -> (Words, UInt32) {
        var out = a, borrow: Int64 = 0
        for index in a.indices {
            var difference = Int64(a[index]) - Int64(index < b.count ? b[index] : 0) - borrow
            borrow = difference < 0 ? 1 : 0
            if difference < 0 { difference += 1 << 32 }
            out[index] = UInt32(difference)
        }
        return (out, UInt32(borrow))
    }

    static func addMod(_ a: Words, _ b: Words, _ m: Words) -> Words {
        let (sum, carry) = add(a, b)
        return carry != 0 || compare(sum, m) >= 0 ? subtract(sum, m).0 : sum
    }

    static func subtractMod(_ a: Words, _ b: Words, _ m: Words) -> Words {
        let (difference, borrow) = subtract(a, b)
        return borrow != 0 ? add(difference, m).0 : difference
    }

    /// The full product (16 words), schoolbook.
    static func multiply(_ a: Words, _ b: Words) -> Words {
        var out = Words(repeating: 0, count: a.count + b.count)
        for i in a.indices {
            var carry: UInt64 = 0
            for j in b.indices {
                let value = UInt64(a[i]) * UInt64(b[j]) + UInt64(out[i + j]) + carry
                out[i + j] = UInt32(truncatingIfNeeded: value)
                carry = value >> 32
            }
            out[i + b.count] = UInt32(carry)
        }
        return out
    }

    /// c mod p for a 16-word c, by FIPS 186-4 D.2.3: c = s1 + 2s2 + 2s3 + s4 + s5 - s6 - s7 - s8 - s9.
    static func reduceP(_ c: Words) -> Words {
        // Each term as its words from the top (word 7) down, 16 meaning 0.
        let terms: [(sign: Int64, words: [Int])] = [
            (1, [7, 6, 5, 4, 3, 2, 1, 0]), (2, [15, 14, 13, 12, 11, 16, 16, 16]), (2, [16, 15, 14, 13, 12, 16, 16, 16]),
            (1, [15, 14, 16, 16, 16, 10, 9, 8]), (1, [8, 13, 15, 14, 13, 11, 10, 9]), (-1, [10, 8, 16, 16, 16, 13, 12, 11]),
            (-1, [11, 9, 16, 16, 15, 14, 13, 12]), (-1, [12, 16, 10, 9, 8, 15, 14, 13]), (-1, [13, 16, 11, 10, 9, 16, 15, 14]),
        ]
        var sums = [Int64](repeating: 0, count: 8)
        for term in terms {
            for (position, source) in term.words.enumerated() where source < 16 {
                sums[7 - position] += term.sign * Int64(c[source])
            }
        }
        var value = Words(repeating: 0, count: 8), carry: Int64 = 0
        for index in 0..<8 {
            let total = sums[index] + carry
            value[index] = UInt32(truncatingIfNeeded: total)
            carry = total >> 32
        }
        // value + carry·2^256 is within a few p of the result: fold p in or out until in range.
        while carry < 0 {
            let (sum, out) = add(value, p)
            value = sum
            carry += Int64(out)
        }
        while carry > 0 || compare(value, p) >= 0 {
            let (difference, borrow) = subtract(value, p)
            value = difference
            carry -= Int64(borrow)
        }
        return value
    }

    /// c mod m for any c, bit by bit (only for the few products modulo n).
    static func reduce(_ c: Words, _ m: Words) -> Words {
        var remainder = Words(repeating: 0, count: m.count + 1)
        for bit in stride(from: c.count * 32 - 1, through: 0, by: -1) {
            var carry = (c[bit / 32] >> (bit % 32)) & 1
            for index in remainder.indices {
                let next = remainder[index] >> 31
                remainder[index] = remainder[index] << 1 | carry
                carry = next
            }
            if compare(remainder, m) >= 0 { remainder = subtract(remainder, m).0 }
        }
        return Array(remainder.prefix(m.count))
    }

    /// a^-1 mod m (m an odd prime, a not 0), by the binary extended Euclidean algorithm.
    static func inverse(_ a: Words, _ m: Words) -> Words {
        var u = a, v = m
        var x1 = Words(repeating: 0, count: 8), x2 = Words(repeating: 0, count: 8)
        x1[0] = 1
        let one: Words = [1, 0, 0, 0, 0, 0, 0, 0]
        func halve(_ value: inout Words, _ x: inout Words) {
            while value[0] & 1 == 0 {
                value = shiftedRight(value, carry: 0)
                if x[0] & 1 == 0 {
                    x = shiftedRight(x, carry: 0)
                } else {
                    let (sum, carry) = add(x, m)
                    x = shiftedRight(sum, carry: carry)
                }
            }
        }
        while compare(u, one) != 0 && compare(v, one) != 0 {
            halve(&u, &x1)
            halve(&v, &x2)
            if compare(u, v) >= 0 {
                u = subtract(u, v).0
                x1 = subtractMod(x1, x2, m)
            } else {
                v = subtract(v, u).0
                x2 = subtractMod(x2, x1, m)
            }
        }
        return compare(u, one) == 0 ? x1 : x2
    }

    private static func shiftedRight(_ value: Words, carry: UInt32) -> Words {
        var out = value
        for index in value.indices {
            let high = index + 1 < value.count ? value[index + 1] : carry
            out[index] = value[index] >> 1 | high << 31
        }
        return out
    }

    static func mulP(_ a: Words, _ b: Words) -> Words { reduceP(multiply(a, b)) }

    // MARK: Points (SEC 1, 2.2.1)

    /// P + Q in affine coordinates; `nil` is the point at infinity.
    static func add(_ first: Point?, _ second: Point?) -> Point? {
        guard let first else { return second }
        guard let second else { return first }
        if first.x == second.x {
            return first.y == second.y && !isZero(first.y) ? double(first) : nil
        }
        let slope = mulP(subtractMod(second.y, first.y, p), inverse(subtractMod(second.x, first.x, p), p))
        let x = subtractMod(subtractMod(mulP(slope, slope), first.x, p), second.x, p)
        let y = subtractMod(mulP(slope, subtractMod(first.x, x, p)), first.y, p)
        return Point(x: x, y: y)
    }

    /// 2P, with a = -3.
    static func double(_ point: Point) -> Point? {
        if isZero(point.y) { return nil }
        let xx = mulP(point.x, point.x)
        let three: Words = [3, 0, 0, 0, 0, 0, 0, 0]
        let numerator = subtractMod(mulP(three, xx), three, p)
        let slope = mulP(numerator, inverse(addMod(point.y, point.y, p), p))
        let x = subtractMod(mulP(slope, slope), addMod(point.x, point.x, p), p)
        let y = subtractMod(mulP(slope, subtractMod(point.x, x, p)), point.y, p)
        return Point(x: x, y: y)
    }

    /// k·P, double and add from the top bit.
    static func multiply(_ k: Words, _ point: Point) -> Point? {
        var result: Point?
        for bit in stride(from: 255, through: 0, by: -1) {
            result = result.flatMap(double)
            if (k[bit / 32] >> (bit % 32)) & 1 == 1 { result = add(result, point) }
        }
        return result
    }

    /// Whether `point` satisfies y^2 = x^3 - 3x + b.
    static func isOnCurve(_ point: Point) -> Bool {
        let left = mulP(point.y, point.y)
        let x3 = mulP(mulP(point.x, point.x), point.x)
        let threeX = addMod(addMod(point.x, point.x, p), point.x, p)
        return left == addMod(subtractMod(x3, threeX, p), b, p)
    }

    // MARK: ECDSA (FIPS 186-4, 6.4.2)

    /// d·G as 32-byte big-endian coordinates.
    static func publicKey(privateKey: [UInt8]) -> (x: [UInt8], y: [UInt8]) {
        let point = multiply(words(bytes: privateKey), generator)!
        return (bytes(point.x), bytes(point.y))
    }

    /// Whether `signature` (DER) is a valid signature of `digest` (32 bytes) by `publicKey`.
    static func verify(digest: [UInt8], signature: [UInt8], publicKey: (x: [UInt8], y: [UInt8])) -> Bool {
        guard let (r, s) = parseDER(signature) else { return false }
        let q = Point(x: words(bytes: publicKey.x), y: words(bytes: publicKey.y))
        guard isOnCurve(q), !isZero(r), compare(r, n) < 0, !isZero(s), compare(s, n) < 0 else { return false }
        var e = words(bytes: digest)
        if compare(e, n) >= 0 { e = subtract(e, n).0 }
        let w = inverse(s, n)
        let u1 = reduce(multiply(e, w), n), u2 = reduce(multiply(r, w), n)
        guard let point = add(multiply(u1, generator), multiply(u2, q)) else { return false }
        var v = point.x
        if compare(v, n) >= 0 { v = subtract(v, n).0 }
        return v == r
    }

    /// r and s of `SEQUENCE { INTEGER r, INTEGER s }`, strictly: minimal lengths, positive, no
    /// trailing bytes, each at most 32 bytes of value.
    static func parseDER(_ der: [UInt8]) -> (Words, Words)? {
        guard der.count >= 8, der[0] == 0x30, Int(der[1]) == der.count - 2 else { return nil }
        var index = 2
        func integer() -> Words? {
            guard index + 2 <= der.count, der[index] == 0x02 else { return nil }
            let length = Int(der[index + 1])
            let start = index + 2
            guard length >= 1, start + length <= der.count else { return nil }
            var content = Array(der[start..<start + length])
            index = start + length
            if content[0] & 0x80 != 0 { return nil }
            if content.count > 1, content[0] == 0, content[1] & 0x80 == 0 { return nil }
            if content.first == 0 { content.removeFirst() }
            guard content.count <= 32 else { return nil }
            return words(bytes: [UInt8](repeating: 0, count: 32 - content.count) + content)
        }
        guard let r = integer(), let s = integer(), index == der.count else { return nil }
        return (r, s)
    }
}

extension Array {
    /// Consecutive slices of `size` elements.
    fileprivate func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
