import Foundation
@testable import AWSClients

/// A minimal zip writer (stored entries, no compression) for Lambda deployment packages in tests.
enum ZipArchive {
    /// A zip file holding `files` (name, contents) in order, dated 1980-01-01 so the bytes are reproducible.
    static func stored(_ files: [(name: String, contents: Data)]) -> Data {
        var archive = Data()
        var directory = Data()
        for file in files {
            let name = Data(file.name.utf8)
            let crc = CRC32.hash(data: file.contents).bytes.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            let offset = UInt32(archive.count)
            // Local file header: version 2.0, no flags, method 0 (stored), DOS time 0, date 1980-01-01.
            archive.append(le32: 0x0403_4b50); archive.append(le16: 20); archive.append(le16: 0); archive.append(le16: 0)
            archive.append(le16: 0); archive.append(le16: 0x21)
            archive.append(le32: crc); archive.append(le32: UInt32(file.contents.count)); archive.append(le32: UInt32(file.contents.count))
            archive.append(le16: UInt16(name.count)); archive.append(le16: 0)
            archive.append(name); archive.append(file.contents)
            // Central directory entry: made by 2.0 (MS-DOS), the same fields, then the local header's offset.
            directory.append(le32: 0x0201_4b50); directory.append(le16: 20); directory.append(le16: 20); directory.append(le16: 0)
            directory.append(le16: 0); directory.append(le16: 0); directory.append(le16: 0x21)
            directory.append(le32: crc); directory.append(le32: UInt32(file.contents.count)); directory.append(le32: UInt32(file.contents.count))
            directory.append(le16: UInt16(name.count)); directory.append(le16: 0); directory.append(le16: 0)
            directory.append(le16: 0); directory.append(le16: 0); directory.append(le32: 0); directory.append(le32: offset)
            directory.append(name)
        }
        let directoryOffset = UInt32(archive.count)
        archive.append(directory)
        // End of central directory record.
        archive.append(le32: 0x0605_4b50); archive.append(le16: 0); archive.append(le16: 0)
        archive.append(le16: UInt16(files.count)); archive.append(le16: UInt16(files.count))
        archive.append(le32: UInt32(directory.count)); archive.append(le32: directoryOffset); archive.append(le16: 0)
        return archive
    }
}

private extension Data {
    mutating func append(le16 value: UInt16) { Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) } }
    mutating func append(le32 value: UInt32) { Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) } }
}
