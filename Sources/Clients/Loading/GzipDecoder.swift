import CZlib
import Foundation

/// Inflates gzip data (the bundled models and botocore's `.json.gz` files) with the system zlib.
///
/// Bounded and defensive: output beyond `limit` bytes, truncated streams, bad checksums and
/// trailing garbage all throw; nothing here traps on malformed input.
package enum GzipDecoder {
    /// Why the data could not be inflated.
    package struct Failure: Error, Sendable, CustomStringConvertible {
        /// What zlib or the size check reported.
        package let reason: String
        package var description: String { reason }
    }

    /// The largest output accepted by default: far above any botocore model (ec2 is ~6 MB).
    package static let defaultLimit = 256 * 1024 * 1024

    /// The decompressed bytes of a gzip stream (or of several concatenated gzip members).
    package static func decompress(_ data: Data, limit: Int = defaultLimit) throws(Failure) -> Data {
        let result = data.withUnsafeBytes { raw in Result { () throws(Failure) in try decompressBytes(raw, limit: limit) } }
        return Data(try result.get())
    }

    /// The decompressed bytes of gzip data held in memory the caller owns (models compiled into
    /// the binary are inflated straight from there, with no copy of the compressed bytes).
    package static func decompressBytes(_ input: UnsafeRawBufferPointer, limit: Int = defaultLimit) throws(Failure) -> [UInt8] {
        guard let base = input.bindMemory(to: Bytef.self).baseAddress, !input.isEmpty else { throw Failure(reason: "the file is empty") }
        guard input.count <= Int(UInt32.max) else { throw Failure(reason: "the file is larger than 4 GiB") }

        // zlib keeps a pointer back to the stream and checks it on every call, so the stream must
        // live at a fixed address: allocate it rather than use a Swift local.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deallocate() }
        // 16 + MAX_WBITS: expect a gzip header and trailer rather than a raw zlib stream.
        let initStatus = inflateInit2_(stream, 16 + MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard initStatus == Z_OK else { throw Failure(reason: "zlib could not start inflating (status \(initStatus))") }
        defer { inflateEnd(stream) }
        stream.pointee.next_in = UnsafeMutablePointer(mutating: base)
        stream.pointee.avail_in = uInt(input.count)

        // The trailer's last four bytes give the size (mod 2^32) of a single-member stream: size
        // the output from it so that it is written in place, growing only for other streams.
        var capacity = max(Int(expectedSize(input)), 4096)
        capacity = min(capacity, limit + 1)
        var output = [UInt8](repeating: 0, count: capacity)
        var produced = 0
        while true {
            if produced == output.count {
                guard output.count <= limit else { throw Failure(reason: "the decompressed data exceeds the limit of \(limit) bytes") }
                output.append(contentsOf: repeatElement(0, count: min(max(output.count, 4096), limit + 1 - output.count)))
            }
            let status = output.withUnsafeMutableBufferPointer { buffer -> Int32 in
                stream.pointee.next_out = buffer.baseAddress! + produced
                stream.pointee.avail_out = uInt(buffer.count - produced)
                let status = inflate(stream, Z_NO_FLUSH)
                produced = buffer.count - Int(stream.pointee.avail_out)
                return status
            }
            if produced > limit { throw Failure(reason: "the decompressed data exceeds the limit of \(limit) bytes") }
            switch status {
            case Z_OK:
                continue
            case Z_STREAM_END:
                if stream.pointee.avail_in == 0 {
                    output.removeSubrange(produced...)
                    return output
                }
                // Another gzip member follows (as `gzip.open` accepts); garbage fails on the next call.
                guard inflateReset(stream) == Z_OK else { throw Failure(reason: "zlib could not reset between gzip members") }
            case Z_BUF_ERROR where stream.pointee.avail_in == 0:
                throw Failure(reason: "the gzip data is truncated")
            case Z_BUF_ERROR:
                continue  // the output was full: grown at the top of the loop
            default:
                let detail = stream.pointee.msg.map { String(cString: $0) } ?? "status \(status)"
                throw Failure(reason: "the data is not valid gzip (\(detail))")
            }
        }
    }

    /// The uncompressed size the gzip trailer records (ISIZE, little-endian).
    private static func expectedSize(_ input: UnsafeRawBufferPointer) -> UInt32 {
        guard input.count >= 18 else { return 0 }
        var size: UInt32 = 0
        for offset in 1...4 { size = size << 8 | UInt32(input[input.count - offset]) }
        return size
    }
}
