import CZlib
import Foundation

/// Inflates gzip data (botocore ships most models as `.json.gz`) with the system zlib.
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

    private static let chunkSize = 128 * 1024

    /// The decompressed bytes of a gzip stream (or of several concatenated gzip members).
    package static func decompress(_ data: Data, limit: Int = defaultLimit) throws(Failure) -> Data {
        guard !data.isEmpty else { throw Failure(reason: "the file is empty") }
        guard data.count <= Int(UInt32.max) else { throw Failure(reason: "the file is larger than 4 GiB") }

        // zlib keeps a pointer back to the stream and checks it on every call, so the stream must
        // live at a fixed address: allocate it rather than use a Swift local.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deallocate() }
        // 16 + MAX_WBITS: expect a gzip header and trailer rather than a raw zlib stream.
        let initStatus = inflateInit2_(stream, 16 + MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard initStatus == Z_OK else { throw Failure(reason: "zlib could not start inflating (status \(initStatus))") }
        defer { inflateEnd(stream) }

        var output = Data()
        output.reserveCapacity(Swift.min(limit, data.count * 8))
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        let problem: String? = data.withUnsafeBytes { (input: UnsafeRawBufferPointer) -> String? in
            guard let base = input.bindMemory(to: Bytef.self).baseAddress else { return "the file is empty" }
            stream.pointee.next_in = UnsafeMutablePointer(mutating: base)
            stream.pointee.avail_in = uInt(input.count)
            while true {
                let (status, produced) = chunk.withUnsafeMutableBufferPointer { buffer -> (Int32, Int) in
                    stream.pointee.next_out = buffer.baseAddress
                    stream.pointee.avail_out = uInt(buffer.count)
                    let status = inflate(stream, Z_NO_FLUSH)
                    return (status, buffer.count - Int(stream.pointee.avail_out))
                }
                if produced > 0 {
                    if output.count + produced > limit {
                        return "the decompressed data exceeds the limit of \(limit) bytes"
                    }
                    output.append(contentsOf: chunk[0..<produced])
                }
                switch status {
                case Z_OK:
                    continue
                case Z_STREAM_END:
                    if stream.pointee.avail_in == 0 { return nil }
                    // Another gzip member follows (as `gzip.open` accepts); garbage fails on the next call.
                    guard inflateReset(stream) == Z_OK else { return "zlib could not reset between gzip members" }
                case Z_BUF_ERROR where stream.pointee.avail_in == 0:
                    return "the gzip data is truncated"
                default:
                    let detail = stream.pointee.msg.map { String(cString: $0) } ?? "status \(status)"
                    return "the data is not valid gzip (\(detail))"
                }
            }
        }
        if let problem { throw Failure(reason: problem) }
        return output
    }
}
