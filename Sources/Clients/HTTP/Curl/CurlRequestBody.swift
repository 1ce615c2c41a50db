import Foundation

/// The bytes of a request body as libcurl's read callback pulls them: from memory, from a file
/// read in place (never loaded whole), or framed as aws-chunked on the way out.
struct CurlRequestBody {
    /// Exactly one of the two is set; each is mutated in place (optional chaining), not copied out.
    private var plain: HTTPBodyReader?
    private var chunked: AWSChunkedEncoder?
    /// The total length sent as `Content-Length`.
    let length: Int64
    /// Where the body comes from, for errors.
    private let requestURL: String

    /// Opens `body`; a file that cannot be opened or read throws here, before anything is sent.
    /// An aws-chunked body whose payload is in memory and small is framed here at once, so it can
    /// go out with the request head.
    init(_ body: HTTPBody, requestURL: String) throws {
        self.requestURL = requestURL
        do {
            switch body {
            case .awsChunked(let chunked):
                if case .data = chunked.payload, let encoded = chunked.encodedLength, encoded < CurlTransfer.inlineBodyLimit {
                    let reader = try HTTPBodyReader(.data(try chunked.encodedData()))
                    plain = reader
                    length = reader.length
                } else {
                    let encoder = try chunked.makeEncoder()
                    self.chunked = encoder
                    length = encoder.length
                }
            default:
                let reader = try HTTPBodyReader(body)
                plain = reader
                length = reader.length
            }
        } catch let error as HTTPBodyReadError {
            throw Self.transportError(error, requestURL: requestURL)
        }
    }

    /// Copies up to `capacity` next bytes into `buffer`; returns the count (0 at the end), or
    /// `nil` when the body could not be read (libcurl then aborts the transfer).
    mutating func read(into buffer: UnsafeMutableRawPointer, capacity: Int) -> Int? {
        do {
            if plain != nil { return try plain?.read(into: buffer, capacity: capacity) }
            return try chunked?.read(into: buffer, capacity: capacity)
        } catch {
            return nil
        }
    }

    /// A copy of the whole body when it is in memory (the caller deallocates it); `nil` otherwise.
    func copyOfMemoryBytes() -> UnsafeMutableRawBufferPointer? {
        plain?.copyOfMemoryBytes()
    }

    /// Closes the file, if any.
    func close() {
        plain?.close()
        chunked?.close()
    }

    private static func transportError(_ error: HTTPBodyReadError, requestURL: String) -> HTTPTransportError {
        HTTPTransportError(.connectionFailed, url: requestURL, underlying: error.description)
    }
}
