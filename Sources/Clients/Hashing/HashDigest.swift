import Foundation

/// The bytes a hash function or checksum produced, with hex and base64 renderings.
package struct HashDigest: Sendable, Hashable, Sequence, CustomStringConvertible {
    /// The digest bytes (big-endian for CRCs, as S3 sends them).
    package let bytes: [UInt8]

    /// Wraps digest bytes.
    package init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Lowercase hex, as SigV4 and `ETag`s use.
    package var hexString: String { Hex.encode(bytes) }

    /// Standard base64 with padding, as `Content-MD5` and `x-amz-checksum-*` headers use.
    package var base64String: String { Data(bytes).base64EncodedString() }

    /// The bytes as `Data`.
    package var data: Data { Data(bytes) }

    /// The number of bytes.
    package var count: Int { bytes.count }

    /// Iterates the bytes.
    package func makeIterator() -> IndexingIterator<[UInt8]> { bytes.makeIterator() }

    /// Calls `body` with the bytes.
    package func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try bytes.withUnsafeBytes(body)
    }

    /// The hex form.
    package var description: String { hexString }
}
