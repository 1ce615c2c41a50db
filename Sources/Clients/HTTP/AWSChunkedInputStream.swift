import Foundation

/// An `AWSChunkedBody`'s framed bytes as a request's `httpBodyStream` on FoundationNetworking:
/// produced by `AWSChunkedEncoder` into the buffer the connection hands over, the payload read
/// from memory or from the file in place and hashed as it passes, the trailer last. Nothing is
/// held beyond a chunk head.
///
/// FoundationNetworking reads it through `hasBytesAvailable` and `read(_:maxLength:)` only, on one
/// serial work queue; nothing else touches it once handed over.
final class AWSChunkedInputStream: InputStream {
    private let body: AWSChunkedBody
    private var encoder: AWSChunkedEncoder?
    private var status: Stream.Status = .notOpen
    private var failure: (any Error)?

    init(_ body: AWSChunkedBody) {
        self.body = body
        super.init(data: Data())
    }

    deinit {
        encoder?.close()
    }

    override func open() {
        guard status == .notOpen else { return }
        do {
            encoder = try body.makeEncoder()
            status = .open
        } catch {
            failure = error
            status = .error
        }
    }

    override func close() {
        encoder?.close()
        encoder = nil
        status = .closed
    }

    override var streamStatus: Stream.Status { status }
    override var streamError: (any Error)? { failure }
    override var hasBytesAvailable: Bool { status == .open && encoder?.isFinished == false }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        guard status == .open, encoder != nil else { return status == .atEnd ? 0 : -1 }
        do {
            let count = try encoder?.read(into: buffer, capacity: maxLength) ?? 0
            if count == 0 { status = .atEnd }
            return count
        } catch {
            failure = error
            status = .error
            return -1
        }
    }

    override func getBuffer(_ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>, length: UnsafeMutablePointer<Int>) -> Bool {
        false
    }

    /// Writes the framed bytes to a new temporary file (for platforms where a stream subclass
    /// cannot be handed to URLSession); the caller removes it. The payload is still read once.
    static func copyToTemporaryFile(_ body: AWSChunkedBody) throws -> URL {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("aws-chunked-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: copy.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: copy.path])
        }
        do {
            let handle = try FileHandle(forWritingTo: copy)
            defer { try? handle.close() }
            try body.forEachEncodedChunk { chunk in try handle.write(contentsOf: Data(chunk)) }
        } catch {
            try? FileManager.default.removeItem(at: copy)
            throw error
        }
        return copy
    }
}
