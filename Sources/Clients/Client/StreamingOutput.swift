/// The result of an operation whose output payload is a streaming blob (S3 `GetObject`, Glacier
/// `GetJobOutput`, ...), called with `Client.callStreaming`: the members read from the status and
/// headers, and the body still arriving.
///
/// ```swift
/// let object = try await s3.callStreaming("GetObject", ["Bucket": "b", "Key": "big.bin"])
/// object.output["ContentLength"]?.int
/// try await object.body.write(to: URL(fileURLWithPath: "/tmp/big.bin"))
/// ```
/// Read the body once, or cancel it; an unread body holds its connection.
public struct StreamingOutput: Sendable {
    /// Every output member except the payload, with `ResponseMetadata`, as `call` returns them.
    public let output: Document
    /// The name of the payload member (`Body` for S3, `body` for Glacier).
    public let payloadName: String
    /// The payload, read as it arrives. When the call asked for a checksum (S3's `ChecksumMode`,
    /// on by default) the body's end throws `ResponseChecksumError` if the bytes do not match.
    public let body: HTTPResponseBody
}
