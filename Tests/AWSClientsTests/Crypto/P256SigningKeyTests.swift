import Foundation
import Testing
import AWSTestSupport
@testable import AWSClients

/// P-256 keys and ECDSA signatures: RFC 6979's deterministic test vectors (A.2.5), the key forms
/// `aws login` stores, and signatures checked by Python's `cryptography`.
@Suite struct P256SigningKeyTests {
    /// RFC 6979 A.2.5's private key.
    static let rfcKey = "C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721"

    /// The DPoP key of botocore's login-provider test cases (PKCS #8 with its public key).
    static let loginPEM = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg+PNauWi/ihtwHHbq
        1tgc8Vgpwx0qQlNSN38y+z0igWehRANCAAR2Ntw6BXJ1v8jb9XjzKZJ+gL5f/3Jq
        IqiH2PUGKWxoFwNlcNB83FivEXEzlTbuCQK5OezOYb3gbvHuzKkB0nDX
        -----END PRIVATE KEY-----
        """

    static func bytes(_ hex: String) -> [UInt8] {
        var result: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            result.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return result
    }

    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02X", $0) }.joined() }

    @Test func publicKeyOfTheRFCKey() throws {
        let key = try P256SigningKey(rawRepresentation: Self.bytes(Self.rfcKey))
        #expect(Self.hex(key.publicKeyX) == "60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6")
        #expect(Self.hex(key.publicKeyY) == "7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299")
    }

    @Test(arguments: [
        ("sample", "EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716",
         "F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8"),
        ("test", "F1ABB023518351CD71D881567B1EA663ED3EFCF6C5132B354F28D3B0B7D38367",
         "019F4113742A2B14BD25926B49C649155F267E60D3814B4C0CC84250E46F0083"),
    ])
    func rfc6979Signatures(message: String, r: String, s: String) throws {
        let key = try P256SigningKey(rawRepresentation: Self.bytes(Self.rfcKey))
        let signature = key.signature(for: Data(message.utf8))
        #expect(Self.hex(Array(signature.prefix(32))) == r, "r for \(message)")
        #expect(Self.hex(Array(signature.suffix(32))) == s, "s for \(message)")
    }

    @Test func pkcs8KeyWithItsPublicKeyIsRead() throws {
        let key = try P256SigningKey(pem: Self.loginPEM)
        // The public key stored in the PEM (checked against the computed one while reading).
        #expect(DPoPProof.base64URL(key.publicKeyX) == "djbcOgVydb_I2_V48ymSfoC-X_9yaiKoh9j1BilsaBc")
    }

    @Test func sec1KeyIsRead() throws {
        let pem = """
            -----BEGIN EC PRIVATE KEY-----
            MHcCAQEEIKkGZ85E/jUxJPAx4cO0g9guG4diyaAY5gpJv7w5J2OboAoGCCqGSM49
            AwEHoUQDQgAE8pVOeBklhUtUUlIoIDjLDVANR0U1NfYI0JWDVEY0DD95i9TKJRfm
            XCD1OU+4I7Pn/cZ3AQwIlBriiNYMdJSdSw==
            -----END EC PRIVATE KEY-----
            """
        let key = try P256SigningKey(pem: pem)
        #expect(Self.hex(key.publicKeyX).hasPrefix("F2954E78"))
    }

    @Test(arguments: [
        ("not base64 at all !", "base64"),
        ("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----", "DER"),
        // A P-384 key (secp384r1) in PKCS #8.
        ("""
         -----BEGIN PRIVATE KEY-----
         MIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDDVqHf6z0tFxf5lVElo
         gxM5RFIc+nf+AEnDJWVp0S0NcNBzvqHFyD3xeSm40Jq4rsChZANiAATqlTn009nb
         gJaEmmvCUjWPhlrrKAy/Lf/im05sgW4clX5y7+y6p64p6UUrELhJ8i1kaqffcuDp
         1ca/SXNda4s7o6gPMYAt4dbCmBFfCBDOYa5YsRwO3E+3HwpbXUeZanM=
         -----END PRIVATE KEY-----
         """, "P-256"),
    ])
    func unusableKeysAreRefusedWithTheReason(pem: String, reason: String) {
        #expect {
            _ = try P256SigningKey(pem: pem)
        } throws: { error in
            "\(error)".contains(reason)
        }
    }

    @Test func zeroAndOutOfRangeScalarsAreRefused() {
        #expect(throws: P256SigningKey.FormatError.self) { try P256SigningKey(rawRepresentation: [UInt8](repeating: 0, count: 32)) }
        #expect(throws: P256SigningKey.FormatError.self) { try P256SigningKey(rawRepresentation: [UInt8](repeating: 0xFF, count: 32)) }
        #expect("\(try! P256SigningKey(pem: Self.loginPEM))" == "P256SigningKey(<redacted>)")
    }

    /// A DPoP proof made here verifies with Python's `cryptography` against the PEM's public key,
    /// and its header and payload are what botocore's `_build_dpop_header` writes.
    @Test func dpopProofVerifiesWithPythonCryptography() async throws {
        let proof = DPoPProof(key: try P256SigningKey(pem: Self.loginPEM))
        let jwt = proof.header(url: "https://us-east-1.signin.aws.amazon.com/v1/token",
                               issuedAt: Date(timeIntervalSince1970: 1_763_510_400), id: "0d3b1c2a-1111-4222-8333-944455556666")
        let script = """
            import base64, json, sys
            from cryptography.hazmat.primitives import hashes, serialization
            from cryptography.hazmat.primitives.asymmetric import ec
            from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
            pem, jwt = sys.argv[1].encode(), sys.argv[2]
            def b64(part): return base64.urlsafe_b64decode(part + '=' * (-len(part) % 4))
            head, body, sig = jwt.split('.')
            header, payload, raw = json.loads(b64(head)), json.loads(b64(body)), b64(sig)
            key = serialization.load_pem_private_key(pem, None).public_key()
            numbers = key.public_numbers()
            assert header == {'typ': 'dpop+jwt', 'alg': 'ES256', 'jwk': {'kty': 'EC',
                'x': base64.urlsafe_b64encode(numbers.x.to_bytes(32, 'big')).rstrip(b'=').decode(),
                'y': base64.urlsafe_b64encode(numbers.y.to_bytes(32, 'big')).rstrip(b'=').decode(), 'crv': 'P-256'}}, header
            assert list(header) == ['typ', 'alg', 'jwk'] and list(header['jwk']) == ['kty', 'x', 'y', 'crv']
            assert payload == {'htm': 'POST', 'htu': 'https://us-east-1.signin.aws.amazon.com/v1/token', 'iat': 1763510400,
                               'jti': '0d3b1c2a-1111-4222-8333-944455556666'}, payload
            assert head == base64.urlsafe_b64encode(json.dumps(header, separators=(',', ':')).encode()).rstrip(b'=').decode()
            assert body == base64.urlsafe_b64encode(json.dumps(payload, separators=(',', ':')).encode()).rstrip(b'=').decode()
            r, s = int.from_bytes(raw[:32], 'big'), int.from_bytes(raw[32:], 'big')
            key.verify(encode_dss_signature(r, s), (head + '.' + body).encode(), ec.ECDSA(hashes.SHA256()))
            print('verified')
            """
        let output = try await ShortCommand.output(of: "python3", ["-c", script, Self.loginPEM, jwt])
        #expect(output.trimmingCharacters(in: .whitespacesAndNewlines) == "verified")
    }
}
