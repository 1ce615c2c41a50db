/// The stages of one SigV4 signing, kept so they can be logged or compared with a test suite.
public struct SigV4Signature: Sendable, Hashable {
    /// The canonical request (method, URI, query, headers, signed headers, payload hash).
    public let canonicalRequest: String
    /// `AWS4-HMAC-SHA256`, the timestamp, the credential scope and the canonical request's hash.
    public let stringToSign: String
    /// `20150830/us-east-1/service/aws4_request`.
    public let credentialScope: String
    /// `host;x-amz-date`, the lowercased names of the signed headers.
    public let signedHeaders: String
    /// The hex HMAC of the string to sign.
    public let signature: String
    /// The `Authorization` header value (header signing), or empty for a presigned URL.
    public let authorization: String
}
