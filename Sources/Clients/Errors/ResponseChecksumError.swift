/// A response whose body does not match the checksum the service sent (S3 flexible checksums,
/// DynamoDB's CRC32, SQS's MD5 digests).
public struct ResponseChecksumError: Error, Sendable, CustomStringConvertible {
    /// What was checked (`x-amz-crc32`, `MD5OfMessageBody`, `x-amz-checksum-crc32`, ...).
    public let checksum: String
    /// The value the service sent.
    public let expected: String
    /// The value computed from the bytes received (or, for SQS sends, from the message sent).
    public let actual: String
    /// Whether botocore retries the request for this mismatch (DynamoDB's CRC32).
    public let isRetryable: Bool

    /// Creates an error.
    public init(checksum: String, expected: String, actual: String, isRetryable: Bool = false) {
        self.checksum = checksum
        self.expected = expected
        self.actual = actual
        self.isRetryable = isRetryable
    }

    /// Names the checksum and both values.
    public var description: String {
        "Checksum mismatch for \(checksum): the service sent \(expected) but the data gives \(actual) "
            + "(corrupted in transit; retry the call)"
    }
}
