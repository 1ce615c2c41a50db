/// How a `SigV4Signer` treats paths and payloads: botocore's `SigV4Auth` by default,
/// `S3SigV4Auth` / `S3SigV4QueryAuth` with `s3: true`.
public struct SigV4Options: Sendable, Hashable {
    /// What the signature says about the body.
    public enum PayloadSigning: Sendable, Hashable {
        /// The body's SHA-256 goes into the canonical request (the default).
        case signed
        /// `UNSIGNED-PAYLOAD` in the canonical request and in `X-Amz-Content-SHA256`, over any
        /// scheme: the caller applies botocore's rules for when (`ClientRequestSigner` does: S3
        /// over HTTPS with a checksum, `v4-unsigned-body` operations, `payloadSigningEnabled: false`).
        case unsigned
        /// `STREAMING-UNSIGNED-PAYLOAD-TRAILER`, for aws-chunked bodies whose checksum travels in a trailer.
        case streamingUnsignedTrailer
    }

    /// S3's rules: the path is signed as it is in the URL (no dot-segment removal, no second
    /// encoding), `X-Amz-Content-SHA256` is always sent, and presigned URLs use `UNSIGNED-PAYLOAD`.
    public var s3: Bool
    /// What the signature says about the body.
    public var payloadSigning: PayloadSigning

    /// Creates options.
    public init(s3: Bool = false, payloadSigning: PayloadSigning = .signed) {
        self.s3 = s3
        self.payloadSigning = payloadSigning
    }

    /// Every service but S3, body signed.
    public static let standard = SigV4Options()
    /// S3, body signed.
    public static let s3 = SigV4Options(s3: true)
}
