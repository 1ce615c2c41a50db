import Foundation

/// Glacier's SHA-256 tree hash: the SHA-256 of each 1 MiB chunk, then of each adjacent pair of
/// digests, level by level until one is left (an odd one out moves up unchanged). The empty body's
/// tree hash is the SHA-256 of no bytes. See botocore's `calculate_tree_hash`.
enum GlacierTreeHash {
    /// The chunk size the tree is built over.
    static let chunkSize = 1024 * 1024

    /// The lowercase hex tree hash of `data`.
    static func hexDigest(of data: Data) -> String {
        var level: [HashDigest] = []
        var start = data.startIndex
        while start < data.endIndex {
            let end = data.index(start, offsetBy: chunkSize, limitedBy: data.endIndex) ?? data.endIndex
            level.append(SHA256.hash(data: data[start..<end]))
            start = end
        }
        if level.isEmpty { return SHA256.hash(data: Data()).hexString }
        while level.count > 1 {
            var next: [HashDigest] = []
            next.reserveCapacity((level.count + 1) / 2)
            var index = 0
            while index < level.count {
                if index + 1 < level.count {
                    var hasher = SHA256()
                    hasher.update(data: level[index].bytes)
                    hasher.update(data: level[index + 1].bytes)
                    next.append(hasher.finalize())
                } else {
                    next.append(level[index])
                }
                index += 2
            }
            level = next
        }
        return level[0].hexString
    }
}
