import Foundation

/// A request body sent with `Content-Encoding: aws-chunked` and its checksum in a trailer, as
/// botocore's `AwsChunkedWrapper` frames S3 uploads over HTTPS
/// (`X-Amz-Content-SHA256: STREAMING-UNSIGNED-PAYLOAD-TRAILER`): the payload in chunks of
/// `chunkSize` bytes (1 MiB; the last one shorter), each `<size in lower-case hex>\r\n<bytes>\r\n`,
/// then `0\r\n`, the trailer line `<trailerName>:<base64 checksum>\r\n` and an empty line.
///
/// The checksum is computed while the bytes go out, so a file payload is read from disk once.
/// The framed length does not depend on how the bytes are read, so it is known before sending:
/// the libcurl transport sends it as the `Content-Length` (botocore, which cannot know it, and
/// URLSession on Linux, which cannot give a body stream a length, use chunked transfer coding).
///
/// ```swift
/// if case .awsChunked(let chunked) = request.body {
///     try chunked.forEachEncodedChunk { bytes in /* write bytes */ }   // what goes on the wire
/// }
/// ```
public struct AWSChunkedBody: Sendable {
    /// botocore's chunk size: 1 MiB.
    public static let defaultChunkSize = 1 << 20

    /// The bytes framed: in memory, a file or a segment of one.
    public let payload: HTTPBody
    /// The trailer's header name, `x-amz-checksum-crc32` and the like (also the request's `X-Amz-Trailer`).
    public let trailerName: String
    /// Payload bytes per chunk (the last chunk holds the rest).
    public let chunkSize: Int
    /// The payload's length when the body was made (the request's `X-Amz-Decoded-Content-Length`);
    /// `nil` when a file's size could not be read. Sending fails if the payload no longer has it.
    public let decodedLength: Int64?
    /// A fresh state of the trailer's checksum function.
    private let makeHasher: @Sendable () -> any HashFunction
    private let digestByteCount: Int

    /// Frames `payload` (a plain body: not itself aws-chunked), with the checksum `makeHasher`
    /// computes as the trailer `trailerName`.
    package init(payload: HTTPBody, trailerName: String, chunkSize: Int = defaultChunkSize,
                 makeHasher: @escaping @Sendable () -> any HashFunction) {
        self.payload = payload
        self.trailerName = trailerName
        self.chunkSize = max(1, chunkSize)
        self.makeHasher = makeHasher
        digestByteCount = type(of: makeHasher()).digestByteCount
        decodedLength = payload.contentLength
    }

    /// The number of bytes on the wire: chunk heads, payload, chunk ends and the trailer; `nil`
    /// when the payload's length is unknown.
    public var encodedLength: Int64? { decodedLength.map(encodedLength(decoded:)) }

    /// The framed length of a payload of `decoded` bytes.
    func encodedLength(decoded: Int64) -> Int64 {
        let size = Int64(chunkSize)
        let (full, rest) = decoded.quotientAndRemainder(dividingBy: size)
        var total = full * (Self.hexDigitCount(size) + 2 + size + 2)
        if rest > 0 { total += Self.hexDigitCount(rest) + 2 + rest + 2 }
        let base64Count = Int64((digestByteCount + 2) / 3 * 4)
        return total + 3 + Int64(trailerName.utf8.count) + 1 + base64Count + 4  // "0\r\n" name ":" checksum "\r\n\r\n"
    }

    /// Calls `body` with the framed bytes in order, a chunk at a time (reading a file payload in
    /// place). Throws when the payload cannot be read or no longer has `decodedLength` bytes.
    public func forEachEncodedChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        var encoder = try makeEncoder()
        defer { encoder.close() }
        let capacity = chunkSize + 64
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        guard let base = buffer.baseAddress else { return }
        while true {
            let count = try encoder.read(into: base, capacity: capacity)
            if count == 0 { return }
            try body(UnsafeRawBufferPointer(start: base, count: count))
        }
    }

    /// The framed bytes, all in memory (for payloads that are small or in memory already).
    public func encodedData() throws -> Data {
        var data = Data()
        if let length = encodedLength, length <= Int64(Int.max) { data.reserveCapacity(Int(length)) }
        try forEachEncodedChunk { data.append(contentsOf: $0) }
        return data
    }

    /// A reader of the framed bytes, with the payload opened (the caller closes it).
    package func makeEncoder() throws -> AWSChunkedEncoder {
        try AWSChunkedEncoder(self, hasher: makeHasher())
    }

    private static func hexDigitCount(_ value: Int64) -> Int64 {
        Int64(String(value, radix: 16).utf8.count)
    }
}
