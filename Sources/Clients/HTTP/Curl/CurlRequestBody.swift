import Foundation

/// The bytes of a request body as libcurl's read callback pulls them: from memory, or from a file
/// read in place (never loaded whole).
struct CurlRequestBody {
    private enum Source {
        case memory(Data, offset: Int)
        case file(descriptor: Int32, position: Int64, remaining: Int64)
    }

    private var source: Source
    /// The total length sent as `Content-Length`.
    let length: Int64

    /// Opens `body`; a file that cannot be opened or read throws here, before anything is sent.
    init(_ body: HTTPBody, requestURL: String) throws {
        switch body {
        case .empty:
            source = .memory(Data(), offset: 0)
            length = 0
        case .data(let data):
            source = .memory(data, offset: 0)
            length = Int64(data.count)
        case .file(let url):
            let descriptor = try Self.open(url, requestURL: requestURL)
            var status = stat()
            guard fstat(descriptor, &status) == 0 else {
                Foundation.close(descriptor)
                throw Self.fileError(url, "cannot read its size", requestURL: requestURL)
            }
            source = .file(descriptor: descriptor, position: 0, remaining: Int64(status.st_size))
            length = Int64(status.st_size)
        case .fileSegment(let url, let offset, let segmentLength):
            let descriptor = try Self.open(url, requestURL: requestURL)
            source = .file(descriptor: descriptor, position: offset, remaining: segmentLength)
            length = segmentLength
        }
    }

    /// Copies up to `capacity` next bytes into `buffer`; returns the count (0 at the end), or
    /// `nil` when the file could not be read.
    mutating func read(into buffer: UnsafeMutableRawPointer, capacity: Int) -> Int? {
        switch source {
        case .memory(let data, let offset):
            let count = min(capacity, data.count - offset)
            guard count > 0 else { return 0 }
            data.withUnsafeBytes { raw in
                if let base = raw.baseAddress { buffer.copyMemory(from: base + offset, byteCount: count) }
            }
            source = .memory(data, offset: offset + count)
            return count
        case .file(let descriptor, let position, let remaining):
            let wanted = Int(min(Int64(capacity), remaining))
            guard wanted > 0 else { return 0 }
            while true {
                let count = pread(descriptor, buffer, wanted, off_t(position))
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return nil }
                source = .file(descriptor: descriptor, position: position + Int64(count), remaining: remaining - Int64(count))
                return count
            }
        }
    }

    /// A copy of the whole body when it is in memory (the caller deallocates it); `nil` for a file.
    func copyOfMemoryBytes() -> UnsafeMutableRawBufferPointer? {
        guard case .memory(let data, _) = source else { return nil }
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, data.count), alignment: 1)
        data.withUnsafeBytes { copy.copyMemory(from: $0) }
        return UnsafeMutableRawBufferPointer(rebasing: copy[0..<data.count])
    }

    /// Closes the file, if any.
    func close() {
        if case .file(let descriptor, _, _) = source { Foundation.close(descriptor) }
    }

    private static func open(_ url: URL, requestURL: String) throws -> Int32 {
        let descriptor = Foundation.open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw fileError(url, String(cString: strerror(errno)), requestURL: requestURL) }
        return descriptor
    }

    private static func fileError(_ url: URL, _ reason: String, requestURL: String) -> HTTPTransportError {
        HTTPTransportError(.connectionFailed, url: requestURL,
                           underlying: "cannot stream the request body from \(url.path): \(reason)")
    }
}
