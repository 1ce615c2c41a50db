/// The canonical header block and signed-header list, as botocore's `SigV4Auth` builds them:
/// names lowercased and sorted (repeated names keep their order and join with commas), values
/// with whitespace runs collapsed, `host` always signed.
extension SigV4Signer {
    /// The canonical header block (each line ending in a newline) and the signed header list.
    /// `host` is signed even when the request leaves the header to the HTTP stack.
    ///
    /// This runs for every header of every request: names are lowercased without a copy when
    /// they already are, sorted by a numeric prefix, and both results are appended into strings
    /// reserved at their final size (appending valid strings skips the UTF-8 validation that
    /// building a string from raw bytes costs).
    static func canonicalHeaders(_ headers: HTTPHeaders, host: String) -> (block: String, signed: String) {
        var fields: [(name: String, value: String, order: Int)] = []
        fields.reserveCapacity(headers.count + 1)
        var hasHost = false
        for (order, field) in headers.enumerated() {
            let name = field.name.lowercasedFast
            if isUnsignedHeader(name) { continue }
            if name == "host" { hasHost = true }
            fields.append((name, trimAll(field.value), order))
        }
        if !hasHost { fields.append(("host", trimAll(host), fields.count)) }
        let sorted = sortedPositions(names: fields.map(\.name), orders: fields.map(\.order))

        var blockCount = fields.isEmpty ? 0 : 1, signedCount = 0
        for (rank, position) in sorted.enumerated() {
            let name = fields[position].name
            if rank > 0, name == fields[sorted[rank - 1]].name {
                blockCount += 1
            } else {
                blockCount += name.utf8.count + (rank > 0 ? 2 : 1)
                signedCount += name.utf8.count + (rank > 0 ? 1 : 0)
            }
            blockCount += fields[position].value.utf8.count
        }
        var block = "", signed = ""
        block.reserveCapacity(blockCount)
        signed.reserveCapacity(signedCount)
        for (rank, position) in sorted.enumerated() {
            let name = fields[position].name
            if rank > 0, name == fields[sorted[rank - 1]].name {
                block += ","
            } else {
                if rank > 0 {
                    block += "\n"
                    signed += ";"
                }
                block += name
                block += ":"
                signed += name
            }
            block += fields[position].value
        }
        if !fields.isEmpty { block += "\n" }
        return (block, signed)
    }

    /// Positions of `names` (lowercased) in canonical order: UTF-8 bytes, then original order.
    /// Sorted by each name's first eight bytes as a number (most names differ there), with the
    /// full comparison only on a tie.
    private static func sortedPositions(names: [String], orders: [Int]) -> [Int] {
        let prefixes = names.map(sortPrefix)
        return names.indices.sorted { lhs, rhs in
            if prefixes[lhs] != prefixes[rhs] { return prefixes[lhs] < prefixes[rhs] }
            let comparison = compareBytes(names[lhs], names[rhs])
            return comparison != 0 ? comparison < 0 : orders[lhs] < orders[rhs]
        }
    }

    /// The first eight UTF-8 bytes of `name` as a big-endian number (zero-padded): comparing two
    /// of these orders names as their bytes do, up to a tie.
    static func sortPrefix(_ name: String) -> UInt64 {
        var name = name
        return name.withUTF8 { bytes in
            var prefix: UInt64 = 0
            for index in 0..<8 {
                prefix = prefix << 8 | UInt64(index < bytes.count ? bytes[index] : 0)
            }
            return prefix
        }
    }

    /// `<0`, `0` or `>0` as `a` sorts before, with, or after `b` by UTF-8 bytes (Python's `str`
    /// order, which botocore sorts header names in).
    static func compareBytes(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                for index in 0..<min(x.count, y.count) where x[index] != y[index] {
                    return x[index] < y[index] ? -1 : 1
                }
                return x.count - y.count
            }
        }
    }
}
