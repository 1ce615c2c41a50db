/// The stages of one SigV4 signing, kept so they can be logged or compared with a test suite.
///
/// Signing a request needs only `authorization`, so the other stages are kept as the bytes
/// they were built in and become strings when read.
public struct SigV4Signature: Sendable, Hashable, CustomStringConvertible {
    /// The canonical request's UTF-8 bytes.
    let canonicalRequestBytes: [UInt8]
    /// Where the signed header list sits in `canonicalRequestBytes`.
    let signedHeadersRange: Range<Int>
    /// The string to sign's UTF-8 bytes.
    let stringToSignBytes: [UInt8]
    /// The HMAC of the string to sign.
    let signatureDigest: HashDigest

    /// `20150830/us-east-1/service/aws4_request`.
    public let credentialScope: String
    /// The `Authorization` header value (header signing), or empty for a presigned URL.
    public let authorization: String

    /// The canonical request (method, URI, query, headers, signed headers, payload hash).
    public var canonicalRequest: String { String(decoding: canonicalRequestBytes, as: UTF8.self) }
    /// `AWS4-HMAC-SHA256`, the timestamp, the credential scope and the canonical request's hash.
    public var stringToSign: String { String(decoding: stringToSignBytes, as: UTF8.self) }
    /// `host;x-amz-date`, the lowercased names of the signed headers.
    public var signedHeaders: String { String(decoding: canonicalRequestBytes[signedHeadersRange], as: UTF8.self) }
    /// The hex HMAC of the string to sign.
    public var signature: String { signatureDigest.hexString }

    /// Every stage as text, the way a struct of strings prints.
    public var description: String {
        "SigV4Signature(canonicalRequest: \(canonicalRequest.debugDescription), stringToSign: \(stringToSign.debugDescription), "
            + "credentialScope: \(credentialScope.debugDescription), signedHeaders: \(signedHeaders.debugDescription), "
            + "signature: \(signature.debugDescription), authorization: \(authorization.debugDescription))"
    }
}
