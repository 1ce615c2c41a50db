import Foundation

/// A request body.
public enum HTTPBody: Sendable {
    /// No body.
    case empty
    /// Bytes in memory.
    case data(Data)
    /// A file streamed from disk (its whole contents).
    case file(URL)
    /// `length` bytes of a file from `offset`, streamed from disk (a multipart upload's part).
    case fileSegment(URL, offset: Int64, length: Int64)
    /// A payload framed as `aws-chunked` with its checksum in a trailer, computed while it is
    /// sent (S3 uploads over HTTPS, as botocore sends them).
    indirect case awsChunked(AWSChunkedBody)

    /// The bytes when held in memory (`.empty` is zero bytes); `nil` for a file or an
    /// aws-chunked body (whose trailer is computed as it is sent).
    public var inMemoryData: Data? {
        switch self {
        case .empty: return Data()
        case .data(let data): return data
        case .file, .fileSegment, .awsChunked: return nil
        }
    }

    /// The number of bytes sent (a file's size read from disk; an aws-chunked body's framed
    /// length); `nil` when it cannot be read.
    public var contentLength: Int64? {
        switch self {
        case .empty: return 0
        case .data(let data): return Int64(data.count)
        case .file(let url):
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                  let size = attributes[.size] as? NSNumber else { return nil }
            return size.int64Value
        case .fileSegment(_, _, let length): return length
        case .awsChunked(let chunked): return chunked.encodedLength
        }
    }

    /// Calls `body` with the bytes sent, in order: all at once from memory, a file in 1 MiB
    /// chunks read in place, an aws-chunked body framed as it goes out.
    package func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        switch self {
        case .empty: return
        case .data(let data): try data.withUnsafeBytes(body)
        case .file(let url): try FileChunkReader.forEachChunk(of: url, offset: 0, length: nil, body)
        case .fileSegment(let url, let offset, let length): try FileChunkReader.forEachChunk(of: url, offset: offset, length: length, body)
        case .awsChunked(let chunked): try chunked.forEachEncodedChunk(body)
        }
    }
}
