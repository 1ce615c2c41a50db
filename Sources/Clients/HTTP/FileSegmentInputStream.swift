import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `length` bytes of a file from `offset`, read straight from the file descriptor into the
/// buffer the connection hands over (`pread`): a multipart part is never held in memory.
///
/// Used as a request's `httpBodyStream` on FoundationNetworking, which reads it through
/// `hasBytesAvailable` and `read(_:maxLength:)` only, on one serial work queue; nothing else touches it once handed over.
final class FileSegmentInputStream: InputStream {
    private let path: String
    private let offset: Int64
    private let length: Int64
    private var descriptor: Int32 = -1
    private var position: Int64 = 0
    private var status: Stream.Status = .notOpen
    private var failure: (any Error)?

    /// Checks the segment lies inside the file; the file is opened on `open()`.
    init(url: URL, offset: Int64, length: Int64) throws {
        path = url.path
        self.offset = offset
        self.length = length
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
        guard offset >= 0, length >= 0, offset + length <= size else {
            throw HTTPTransportError(.connectionFailed, url: url.absoluteString,
                                     underlying: "the segment \(offset)..<\(offset + length) lies outside the file of \(size) bytes")
        }
        super.init(data: Data())
    }

    deinit {
        if descriptor >= 0 { _ = Glibc_close(descriptor) }
    }

    override func open() {
        guard status == .notOpen else { return }
        descriptor = Glibc_open(path)
        if descriptor < 0 {
            status = .error
            failure = CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        } else {
            status = .open
        }
    }

    override func close() {
        if descriptor >= 0 { _ = Glibc_close(descriptor) }
        descriptor = -1
        status = .closed
    }

    override var streamStatus: Stream.Status { status }
    override var streamError: (any Error)? { failure }
    override var hasBytesAvailable: Bool { status == .open && position < length }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        guard status == .open else { return status == .atEnd ? 0 : -1 }
        let wanted = Int(min(Int64(maxLength), length - position))
        if wanted <= 0 {
            status = .atEnd
            return 0
        }
        let count = pread(descriptor, buffer, wanted, off_t(offset + position))
        if count < 0 {
            status = .error
            failure = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            return -1
        }
        if count == 0 {
            // The file shrank under us: an error, never a short body that would hang the upload.
            status = .error
            failure = CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path])
            return -1
        }
        position += Int64(count)
        return count
    }

    override func getBuffer(_ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>, length: UnsafeMutablePointer<Int>) -> Bool {
        false
    }

    /// Copies the segment to a new temporary file in 1 MiB chunks (for platforms where a stream
    /// subclass cannot be handed to URLSession); the caller removes it.
    static func copySegment(of url: URL, offset: Int64, length: Int64) throws -> URL {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("aws-part-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: copy.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: copy.path])
        }
        let handle = try FileHandle(forWritingTo: copy)
        defer { try? handle.close() }
        try FileChunkReader.forEachChunk(of: url, offset: offset, length: length) { chunk in
            try handle.write(contentsOf: Data(chunk))
        }
        return copy
    }
}

private func Glibc_open(_ path: String) -> Int32 { open(path, O_RDONLY) }
private func Glibc_close(_ descriptor: Int32) -> Int32 { close(descriptor) }
