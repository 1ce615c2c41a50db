import Foundation

/// A flexible-checksum algorithm this SDK computes: the `ChecksumAlgorithm` values S3 accepts
/// that have a hash in `Hashing` (botocore with `awscrt` also has CRC64NVME and the xxHash family).
enum ChecksumAlgorithm: String, CaseIterable, Sendable {
    case crc32c, crc32, sha1, sha256

    /// Response algorithms in the order botocore prefers them when several headers are present.
    static let responsePriority: [ChecksumAlgorithm] = [.crc32c, .crc32, .sha1, .sha256]

    /// The algorithm for a `ChecksumAlgorithm` parameter value (any case), if supported.
    init?(parameter: String) {
        self.init(rawValue: parameter.lowercased())
    }

    /// `x-amz-checksum-crc32`, ...
    var headerName: String { "x-amz-checksum-" + rawValue }

    /// The algorithm whose `headerName` is `name` (any case), if supported.
    init?(headerName name: String) {
        let lowercased = name.lowercased()
        guard lowercased.hasPrefix("x-amz-checksum-") else { return nil }
        self.init(rawValue: String(lowercased.dropFirst("x-amz-checksum-".count)))
    }

    /// The checksum of `data`, as S3 base64-encodes it.
    func digest(of data: Data) -> HashDigest {
        switch self {
        case .crc32: return CRC32.hash(data: data)
        case .crc32c: return CRC32C.hash(data: data)
        case .sha1: return SHA1.hash(data: data)
        case .sha256: return SHA256.hash(data: data)
        }
    }
}
