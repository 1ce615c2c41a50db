/// The stages of one SigV4a signing, kept so they can be logged or compared with a test suite.
///
/// Unlike SigV4's HMAC, the signature is not a function of the string to sign alone: ECDSA
/// signatures differ between signers (this SDK's nonces are deterministic, the AWS Common
/// Runtime's random), and AWS checks them with the public key of the credentials' derived key.
public struct SigV4aSignature: Sendable, Hashable, CustomStringConvertible {
    /// The canonical request's UTF-8 bytes.
    let canonicalRequestBytes: [UInt8]
    /// Where the signed header list sits in `canonicalRequestBytes`.
    let signedHeadersRange: Range<Int>
    /// The string to sign's UTF-8 bytes.
    let stringToSignBytes: [UInt8]
    /// The DER-encoded ECDSA signature.
    let signatureBytes: [UInt8]

    /// `20150830/service/aws4_request`: SigV4a's scope has no region.
    public let credentialScope: String
    /// The regions the signature is valid in, comma separated (`us-east-1,us-west-2`, `*`).
    public let regionSet: String
    /// The `Authorization` header value (header signing), or empty for a presigned URL.
    public let authorization: String

    /// The canonical request (method, URI, query, headers, signed headers, payload hash).
    public var canonicalRequest: String { String(decoding: canonicalRequestBytes, as: UTF8.self) }
    /// `AWS4-ECDSA-P256-SHA256`, the timestamp, the credential scope and the canonical request's hash.
    public var stringToSign: String { String(decoding: stringToSignBytes, as: UTF8.self) }
    /// `host;x-amz-date;x-amz-region-set`, the lowercased names of the signed headers.
    public var signedHeaders: String { String(decoding: canonicalRequestBytes[signedHeadersRange], as: UTF8.self) }
    /// The hex DER-encoded ECDSA signature of the string to sign's SHA-256.
    public var signature: String { Hex.encode(signatureBytes) }

    /// Every stage as text, the way a struct of strings prints.
    public var description: String {
        "SigV4aSignature(canonicalRequest: \(canonicalRequest.debugDescription), stringToSign: \(stringToSign.debugDescription), "
            + "credentialScope: \(credentialScope.debugDescription), regionSet: \(regionSet.debugDescription), "
            + "signedHeaders: \(signedHeaders.debugDescription), signature: \(signature.debugDescription), "
            + "authorization: \(authorization.debugDescription))"
    }
}
