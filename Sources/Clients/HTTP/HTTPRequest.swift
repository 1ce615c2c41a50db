import Foundation

/// A finished, signed HTTP request as a transport sends it. Transports must not add, change or
/// remove any header in it (the signature covers them).
public struct HTTPRequest: Sendable {
    /// HTTP method.
    public var method: String
    /// The full URL, already percent-encoded.
    public var url: URL
    /// Header fields.
    public var headers: HTTPHeaders
    /// The body.
    public var body: HTTPBody

    /// Creates a request.
    public init(method: String, url: URL, headers: HTTPHeaders = HTTPHeaders(), body: HTTPBody = .empty) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

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

    /// The bytes when held in memory (`.empty` is zero bytes); `nil` for a file.
    public var inMemoryData: Data? {
        switch self {
        case .empty: return Data()
        case .data(let data): return data
        case .file, .fileSegment: return nil
        }
    }

    /// The body's length in bytes (a file's size read from disk); `nil` when it cannot be read.
    public var contentLength: Int64? {
        switch self {
        case .empty: return 0
        case .data(let data): return Int64(data.count)
        case .file(let url):
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                  let size = attributes[.size] as? NSNumber else { return nil }
            return size.int64Value
        case .fileSegment(_, _, let length): return length
        }
    }
}
