/// The NIST P-256 curve (secp256r1, `y² = x³ - 3x + b` over the prime field `p`) and its point
/// arithmetic in Jacobian coordinates, for ECDSA signatures (`P256SigningKey`).
///
/// The scalar multiplication is a Montgomery ladder: the same sequence of additions and doublings
/// whatever the scalar's bits.
enum P256 {
    static let field = MontgomeryField(modulus: UInt256(hex: "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF"))
    static let order = MontgomeryField(modulus: UInt256(hex: "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551"))
    static let b = UInt256(hex: "5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B")
    /// The base point, affine.
    static let generator = AffinePoint(x: UInt256(hex: "6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296"),
                                       y: UInt256(hex: "4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5"))

    /// A point in affine coordinates (plain integers, not Montgomery form).
    struct AffinePoint: Sendable, Hashable {
        var x: UInt256
        var y: UInt256
    }

    /// A point in Jacobian coordinates `(X/Z², Y/Z³)`, in Montgomery form; `Z = 0` is the point at infinity.
    struct JacobianPoint: Sendable {
        var x: UInt256
        var y: UInt256
        var z: UInt256

        static let infinity = JacobianPoint(x: P256.field.one, y: P256.field.one, z: .zero)
        var isInfinity: Bool { z.isZero }

        init(x: UInt256, y: UInt256, z: UInt256) {
            self.x = x; self.y = y; self.z = z
        }

        init(_ point: AffinePoint) {
            self.init(x: P256.field.toMontgomery(point.x), y: P256.field.toMontgomery(point.y), z: P256.field.one)
        }
    }

    /// Whether `point` lies on the curve.
    static func contains(_ point: AffinePoint) -> Bool {
        let f = field
        guard point.x.isLess(than: f.modulus), point.y.isLess(than: f.modulus) else { return false }
        let x = f.toMontgomery(point.x), y = f.toMontgomery(point.y)
        let x3 = f.multiply(f.square(x), x)
        let threeX = f.add(f.add(x, x), x)
        let right = f.add(f.subtract(x3, threeX), f.toMontgomery(b))
        return f.square(y) == right
    }

    /// `scalar · point`.
    static func multiply(_ point: AffinePoint, by scalar: UInt256) -> JacobianPoint {
        var low = JacobianPoint.infinity
        var high = JacobianPoint(point)
        for index in stride(from: 255, through: 0, by: -1) {
            if scalar.bit(index) {
                low = add(low, high)
                high = double(high)
            } else {
                high = add(low, high)
                low = double(low)
            }
        }
        return low
    }

    /// The affine form of `point`; `nil` for the point at infinity.
    static func affine(_ point: JacobianPoint) -> AffinePoint? {
        guard !point.isInfinity else { return nil }
        let f = field
        let zInverse = f.inverse(point.z)
        let zInverse2 = f.square(zInverse)
        let x = f.multiply(point.x, zInverse2)
        let y = f.multiply(point.y, f.multiply(zInverse2, zInverse))
        return AffinePoint(x: f.fromMontgomery(x), y: f.fromMontgomery(y))
    }

    /// `2P` (the "dbl-2001-b" formulas for a = -3).
    static func double(_ point: JacobianPoint) -> JacobianPoint {
        guard !point.isInfinity, !point.y.isZero else { return .infinity }
        let f = field
        let delta = f.square(point.z)
        let gamma = f.square(point.y)
        let beta = f.multiply(point.x, gamma)
        let product = f.multiply(f.subtract(point.x, delta), f.add(point.x, delta))
        let alpha = f.add(f.add(product, product), product)
        let beta2 = f.add(beta, beta), beta4 = f.add(beta2, beta2), beta8 = f.add(beta4, beta4)
        let x3 = f.subtract(f.square(alpha), beta8)
        let z3 = f.subtract(f.subtract(f.square(f.add(point.y, point.z)), gamma), delta)
        let gamma2 = f.square(gamma)
        let gamma2x2 = f.add(gamma2, gamma2), gamma2x4 = f.add(gamma2x2, gamma2x2), gamma2x8 = f.add(gamma2x4, gamma2x4)
        let y3 = f.subtract(f.multiply(alpha, f.subtract(beta4, x3)), gamma2x8)
        return JacobianPoint(x: x3, y: y3, z: z3)
    }

    /// `P + Q` (the "add-2007-bl" formulas), doubling when the points are equal.
    static func add(_ p: JacobianPoint, _ q: JacobianPoint) -> JacobianPoint {
        if p.isInfinity { return q }
        if q.isInfinity { return p }
        let f = field
        let z1z1 = f.square(p.z), z2z2 = f.square(q.z)
        let u1 = f.multiply(p.x, z2z2), u2 = f.multiply(q.x, z1z1)
        let s1 = f.multiply(f.multiply(p.y, q.z), z2z2)
        let s2 = f.multiply(f.multiply(q.y, p.z), z1z1)
        let h = f.subtract(u2, u1)
        let sDifference = f.subtract(s2, s1)
        if h.isZero {
            return sDifference.isZero ? double(p) : .infinity
        }
        let r = f.add(sDifference, sDifference)
        let h2 = f.add(h, h)
        let i = f.square(h2)
        let j = f.multiply(h, i)
        let v = f.multiply(u1, i)
        let x3 = f.subtract(f.subtract(f.square(r), j), f.add(v, v))
        let s1j = f.multiply(s1, j)
        let y3 = f.subtract(f.multiply(r, f.subtract(v, x3)), f.add(s1j, s1j))
        let z3 = f.multiply(f.subtract(f.subtract(f.square(f.add(p.z, q.z)), z1z1), z2z2), h)
        return JacobianPoint(x: x3, y: y3, z: z3)
    }
}
