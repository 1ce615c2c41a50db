import CZlib
import Foundation

/// S3's whole-object CRC32 (`ChecksumType` `FULL_OBJECT`): combined from the parts' CRC32s
/// for an upload, computed over the written file for a download.
enum FullObjectChecksum {
    /// The CRC32 of the concatenation of parts, from each part's base64 `ChecksumCRC32` and
    /// length; `nil` when a part's checksum is missing or malformed.
    static func combinedCRC32(_ parts: [(checksum: String?, length: Int64)]) -> String? {
        var combined: UInt32 = 0
        for (index, part) in parts.enumerated() {
            guard let text = part.checksum, let crc = decode(text) else { return nil }
            combined = index == 0 ? crc : UInt32(truncatingIfNeeded: crc32_combine(UInt(combined), UInt(crc), Int(part.length)))
        }
        return encode(combined)
    }

    /// The base64 CRC32 of a file's bytes.
    static func crc32(ofFile url: URL) throws -> String {
        var crc = CRC32()
        do {
            try FileChunkReader.forEachChunk(of: url) { crc.update(bufferPointer: $0) }
        } catch {
            throw S3TransferError(.fileAccess, "Cannot read \(url.path) to check its checksum: \(error)", underlyingError: error)
        }
        return crc.finalize().base64String
    }

    static func decode(_ text: String) -> UInt32? {
        guard let data = Data(base64Encoded: text), data.count == 4 else { return nil }
        return data.reduce(0) { $0 << 8 | UInt32($1) }
    }

    static func encode(_ value: UInt32) -> String {
        Data([UInt8(value >> 24), UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8),
              UInt8(truncatingIfNeeded: value)]).base64EncodedString()
    }
}
