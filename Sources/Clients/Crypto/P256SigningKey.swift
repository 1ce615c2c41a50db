import Foundation

/// An ECDSA P-256 private key, read from the PEM text that `aws login` stores (PKCS #8
/// `PRIVATE KEY` or SEC 1 `EC PRIVATE KEY`), that signs with SHA-256 (JWS `ES256`).
///
/// Nonces are deterministic (RFC 6979), so a signature depends only on the key and the message:
/// no random source to get wrong. `description` never shows the key.
package struct P256SigningKey: Sendable, CustomStringConvertible {
    /// The key could not be read; says why, never shows key bytes.
    package struct FormatError: Error, Sendable, CustomStringConvertible {
        package let description: String
        init(_ description: String) { self.description = description }
    }

    private let scalar: UInt256
    /// The public point `scalar · G`.
    let publicKey: P256.AffinePoint

    /// A key from its private scalar (32 big-endian bytes, between 1 and the group order).
    package init(rawRepresentation bytes: some Collection<UInt8>) throws(FormatError) {
        guard let scalar = UInt256(bigEndian: bytes), !scalar.isZero, scalar.isLess(than: P256.order.modulus) else {
            throw FormatError("the private key is not a P-256 scalar")
        }
        guard let point = P256.affine(P256.multiply(P256.generator, by: scalar)) else {
            throw FormatError("the private key is not a P-256 scalar")
        }
        self.scalar = scalar
        publicKey = point
    }

    /// A key from PEM text: the lines between `-----BEGIN` and `-----END` markers, base64 (as
    /// botocore's `_load_private_key` reads them).
    package init(pem: String) throws(FormatError) {
        let body = pem.split(whereSeparator: \.isNewline)
            .filter { !$0.hasPrefix("-----BEGIN") && !$0.hasPrefix("-----END") }
            .joined()
            .trimmingCharacters(in: .whitespaces)
        guard let der = Data(base64Encoded: body) else { throw FormatError("the PEM body is not base64") }
        try self.init(der: [UInt8](der))
    }

    /// A key from DER: PKCS #8 `PrivateKeyInfo` holding an EC key on P-256, or a SEC 1 `ECPrivateKey`.
    /// A public key stored alongside must match the private one.
    package init(der: [UInt8]) throws(FormatError) {
        let parts: StoredKey
        do {
            parts = try StoredKey(der: der)
        } catch {
            throw FormatError("the key is not DER-encoded PKCS #8 or SEC 1")
        }
        if let algorithm = parts.algorithm, !algorithm.elementsEqual(Self.ecPublicKeyOID) {
            throw FormatError("the key is not an elliptic-curve key")
        }
        for curve in parts.curves where !curve.elementsEqual(Self.p256OID) {
            throw FormatError("the key is not on the P-256 curve")
        }
        try self.init(rawRepresentation: parts.privateKey)
        if let stored = parts.publicKey {
            guard stored.count == 66, stored.first == 0, stored.dropFirst().first == 0x04,
                  stored.dropFirst(2).elementsEqual(publicKeyX + publicKeyY) else {
                throw FormatError("the stored public key does not belong to the private key")
            }
        }
    }

    /// The public key's x coordinate, 32 big-endian bytes.
    package var publicKeyX: [UInt8] { publicKey.x.bigEndianBytes }
    /// The public key's y coordinate, 32 big-endian bytes.
    package var publicKeyY: [UInt8] { publicKey.y.bigEndianBytes }

    /// The ECDSA signature of SHA-256(`message`) as `r ‖ s`, 32 bytes each (JWS `ES256` form).
    package func signature(for message: some DataProtocol) -> [UInt8] {
        let digest = [UInt8](SHA256.hash(data: message))
        let order = P256.order
        let e = order.reduce(UInt256(bigEndian: digest)!)
        var nonces = RFC6979Nonces(key: scalar, digest: e)
        while true {
            let k = nonces.next()
            guard let point = P256.affine(P256.multiply(P256.generator, by: k)) else { continue }
            let r = order.reduce(point.x)
            guard !r.isZero else { continue }
            let kInverse = order.inverse(order.toMontgomery(k))
            let rd = order.multiply(order.toMontgomery(r), order.toMontgomery(scalar))
            let s = order.fromMontgomery(order.multiply(kInverse, order.add(order.toMontgomery(e), rd)))
            guard !s.isZero else { continue }
            return r.bigEndianBytes + s.bigEndianBytes
        }
    }

    /// `P256SigningKey(<redacted>)`.
    package var description: String { "P256SigningKey(<redacted>)" }

    /// 1.2.840.10045.2.1 (id-ecPublicKey).
    static let ecPublicKeyOID: [UInt8] = [0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x02, 0x01]
    /// 1.2.840.10045.3.1.7 (prime256v1).
    static let p256OID: [UInt8] = [0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07]
}

/// The parts of a DER-encoded EC private key: PKCS #8 (`SEQUENCE { version, SEQUENCE { algorithm,
/// curve }, OCTET STRING { ECPrivateKey } }`) or SEC 1 alone (`SEQUENCE { 1, OCTET STRING key,
/// [0] curve, [1] BIT STRING public key }`).
private struct StoredKey {
    var algorithm: ArraySlice<UInt8>?
    var curves: [ArraySlice<UInt8>] = []
    var privateKey: ArraySlice<UInt8> = []
    var publicKey: ArraySlice<UInt8>?

    init(der: [UInt8]) throws(DERReader.Malformed) {
        var outer = DERReader(der[...])
        var info = DERReader(try outer.read(DERReader.sequence))
        _ = try info.read(DERReader.integer)
        guard info.nextTag == DERReader.sequence else {
            try readECPrivateKey(&info)
            return
        }
        var algorithmIdentifier = DERReader(try info.read(DERReader.sequence))
        algorithm = try algorithmIdentifier.read(DERReader.objectIdentifier)
        if !algorithmIdentifier.isAtEnd { curves.append(try algorithmIdentifier.read(DERReader.objectIdentifier)) }
        var wrapped = DERReader(try info.read(DERReader.octetString))
        var sec1 = DERReader(try wrapped.read(DERReader.sequence))
        _ = try sec1.read(DERReader.integer)
        try readECPrivateKey(&sec1)
    }

    /// The private key octets and the optional `[0]` curve and `[1]` public key after the version.
    private mutating func readECPrivateKey(_ reader: inout DERReader) throws(DERReader.Malformed) {
        privateKey = try reader.read(DERReader.octetString)
        while !reader.isAtEnd {
            let element = try reader.read()
            var inner = DERReader(element.contents)
            if element.tag == 0xA0 {
                curves.append(try inner.read(DERReader.objectIdentifier))
            } else if element.tag == 0xA1 {
                publicKey = try inner.read(DERReader.bitString)
            }
        }
    }
}

/// RFC 6979's deterministic nonces for P-256 with HMAC-SHA-256 (section 3.2).
private struct RFC6979Nonces {
    private var k = [UInt8](repeating: 0x00, count: 32)
    private var v = [UInt8](repeating: 0x01, count: 32)

    init(key: UInt256, digest: UInt256) {
        let material = key.bigEndianBytes + digest.bigEndianBytes
        k = mac(k, v + [0x00] + material)
        v = mac(k, v)
        k = mac(k, v + [0x01] + material)
        v = mac(k, v)
    }

    /// The next candidate between 1 and n - 1.
    mutating func next() -> UInt256 {
        while true {
            v = mac(k, v)
            let candidate = UInt256(bigEndian: v)!
            // Step h.3's update, made whether or not the candidate is used: a signature that
            // needs another nonce (r or s zero) continues from here.
            k = mac(k, v + [0x00])
            v = mac(k, v)
            if !candidate.isZero, candidate.isLess(than: P256.order.modulus) { return candidate }
        }
    }

    private func mac(_ key: [UInt8], _ data: [UInt8]) -> [UInt8] {
        [UInt8](HMAC<SHA256>.authenticationCode(for: data, key: key))
    }
}
