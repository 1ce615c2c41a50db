/// What the signer needs to know about a request beyond its bytes: the parts of botocore's
/// request context that its S3 payload rule reads.
package struct SigningContext: Sendable, Equatable {
    /// The `x-amz-checksum-*` header the SDK added for the operation's request checksum (botocore's
    /// checksum `request_algorithm` sent in a header); `nil` when it added none, including when the
    /// caller sent a checksum of its own.
    package var checksumHeader: String?
    /// The checksum the SDK sends in an aws-chunked trailer (`x-amz-checksum-crc32`; botocore's
    /// checksum `request_algorithm` sent in a trailer): the payload is then signed as
    /// `STREAMING-UNSIGNED-PAYLOAD-TRAILER`. `nil` when there is none.
    package var trailerChecksum: String?
    /// Whether the operation's input has a blob payload (botocore's `has_streaming_input`).
    package var hasStreamingInput: Bool

    package init(checksumHeader: String? = nil, trailerChecksum: String? = nil, hasStreamingInput: Bool = false) {
        self.checksumHeader = checksumHeader
        self.trailerChecksum = trailerChecksum
        self.hasStreamingInput = hasStreamingInput
    }
}
