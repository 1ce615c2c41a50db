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

    private let key: P256PrivateKey
    /// The public point `d · G`, as 32-byte big-endian coordinates.
    private let publicKey: (x: [UInt8], y: [UInt8])

    /// A key from its private scalar (32 big-endian bytes, between 1 and the group order).
    package init(rawRepresentation bytes: some Collection<UInt8>) throws(FormatError) {
        var scalar = [UInt8](bytes)
        // A DER integer may carry a leading zero, or fewer than 32 bytes: pad or trim to 32.
        while scalar.count > 32, scalar.first == 0 { scalar.removeFirst() }
        if scalar.count < 32 { scalar = [UInt8](repeating: 0, count: 32 - scalar.count) + scalar }
        guard let key = P256PrivateKey(scalar: scalar) else {
            throw FormatError("the private key is not a P-256 scalar")
        }
        self.key = key
        publicKey = key.publicKey
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
    package var publicKeyX: [UInt8] { publicKey.x }
    /// The public key's y coordinate, 32 big-endian bytes.
    package var publicKeyY: [UInt8] { publicKey.y }

    /// The ECDSA signature of SHA-256(`message`) as `r ‖ s`, 32 bytes each (JWS `ES256` form).
    package func signature(for message: some DataProtocol) -> [UInt8] {
        let signature = key.signature(digest: [UInt8](SHA256.hash(data: message)))
        return signature.r + signature.s
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
