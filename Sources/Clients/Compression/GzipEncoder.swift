import CZlib
import Foundation

/// Compresses bytes into a gzip member exactly as Python's `gzip.compress` (botocore's request
/// compression) writes one: a 10-byte header with the modification time, no name, `XFL` 2 and OS
/// 255; a raw deflate stream at level 9; the CRC-32 and length of the input.
///
/// ```swift
/// let encoder = try GzipEncoder(modificationTime: Date())
/// try encoder.append(body)
/// let gzip = try encoder.finish()
/// ```
/// Input may be fed in pieces (a file read in chunks); the result is the same as one call.
package final class GzipEncoder {
    /// Why zlib could not compress.
    package struct Failure: Error, Sendable, CustomStringConvertible {
        /// What zlib reported.
        package let reason: String
        package var description: String { "gzip compression failed: \(reason)" }
    }

    private let stream: UnsafeMutablePointer<z_stream>
    private var output = Data()
    private var crc: UInt = 0
    private var length: UInt64 = 0
    private var finished = false
    private static let chunkSize = 64 * 1024

    /// Starts a member stamped with `modificationTime` (whole seconds since 1970, as Python's `int(time.time())`).
    package init(modificationTime: Date) throws(Failure) {
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // Level 9, raw deflate (-15 window bits), zlib's default memory level 8: Python's
        // `zlib.compress(data, level=9, wbits=-15)`.
        let status = deflateInit2_(stream, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
                                   Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deallocate()
            throw Failure(reason: "zlib could not start deflating (status \(status))")
        }
        let seconds = UInt32(truncatingIfNeeded: Int64(modificationTime.timeIntervalSince1970.rounded(.down)))
        output.append(contentsOf: [0x1F, 0x8B, 0x08, 0x00])
        output.append(contentsOf: Self.littleEndian(seconds))
        output.append(contentsOf: [0x02, 0xFF])
        crc = CZlib.crc32(0, nil, 0)
    }

    deinit {
        deflateEnd(stream)
        stream.deallocate()
    }

    /// Compresses more input.
    package func append(_ data: Data) throws(Failure) {
        let result: Result<Void, Failure> = data.withUnsafeBytes { bytes in Result { () throws(Failure) in try append(bytes) } }
        try result.get()
    }

    /// Compresses more input, read in place.
    package func append(_ bytes: UnsafeRawBufferPointer) throws(Failure) {
        guard !bytes.isEmpty, !finished, let base = bytes.bindMemory(to: Bytef.self).baseAddress else { return }
        length &+= UInt64(bytes.count)
        // zlib counts in 32 bits: feed very large buffers in slices.
        var offset = 0
        while offset < bytes.count {
            let count = min(bytes.count - offset, 1 << 30)
            crc = CZlib.crc32(crc, base + offset, uInt(count))
            stream.pointee.next_in = UnsafeMutablePointer(mutating: base + offset)
            stream.pointee.avail_in = uInt(count)
            try deflateAvailable(flush: Z_NO_FLUSH).get()
            offset += count
        }
    }

    /// Ends the deflate stream and returns the whole member; the encoder takes no more input.
    package func finish() throws(Failure) -> Data {
        guard !finished else { return output }
        finished = true
        stream.pointee.next_in = nil
        stream.pointee.avail_in = 0
        try deflateAvailable(flush: Z_FINISH).get()
        output.append(contentsOf: Self.littleEndian(UInt32(truncatingIfNeeded: crc)))
        output.append(contentsOf: Self.littleEndian(UInt32(truncatingIfNeeded: length)))
        return output
    }

    /// Runs deflate until it has taken all input (and, when finishing, written the end of stream).
    private func deflateAvailable(flush: Int32) -> Result<Void, Failure> {
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        while true {
            let (status, produced) = chunk.withUnsafeMutableBufferPointer { buffer -> (Int32, Int) in
                stream.pointee.next_out = buffer.baseAddress
                stream.pointee.avail_out = uInt(buffer.count)
                let status = deflate(stream, flush)
                return (status, buffer.count - Int(stream.pointee.avail_out))
            }
            if produced > 0 { output.append(contentsOf: chunk[0..<produced]) }
            switch status {
            case Z_STREAM_END:
                return .success(())
            case Z_OK, Z_BUF_ERROR:
                if flush == Z_NO_FLUSH, stream.pointee.avail_in == 0, stream.pointee.avail_out > 0 { return .success(()) }
                if status == Z_BUF_ERROR, produced == 0 { return .failure(Failure(reason: "zlib made no progress")) }
            default:
                return .failure(Failure(reason: stream.pointee.msg.map { String(cString: $0) } ?? "status \(status)"))
            }
        }
    }

    private static func littleEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
    }

    /// `data` compressed as one gzip member.
    package static func compress(_ data: Data, modificationTime: Date) throws(Failure) -> Data {
        let encoder = try GzipEncoder(modificationTime: modificationTime)
        try encoder.append(data)
        return try encoder.finish()
    }
}
