/// One `key=value` pair of a query string, as byte ranges of the query.
struct CanonicalQueryPair {
    /// The key's bytes.
    var key: Range<Int>
    /// The value's bytes (empty when the pair has no `=`).
    var value: Range<Int>

    /// The pairs between `&`s (empty ones kept), each split at its first `=`.
    static func split(_ query: UnsafeBufferPointer<UInt8>) -> [CanonicalQueryPair] {
        var pairs: [CanonicalQueryPair] = []
        var start = 0
        for index in 0...query.count where index == query.count || query[index] == UInt8(ascii: "&") {
            let piece = start..<index
            if let equals = query[piece].firstIndex(of: UInt8(ascii: "=")) {
                pairs.append(CanonicalQueryPair(key: start..<equals, value: (equals + 1)..<index))
            } else {
                pairs.append(CanonicalQueryPair(key: piece, value: index..<index))
            }
            start = index + 1
        }
        return pairs
    }

    /// Sorts pairs by key bytes, then value bytes.
    static func sort(_ pairs: inout [CanonicalQueryPair], in query: UnsafeBufferPointer<UInt8>) {
        ByteOrder.sort(&pairs) { lhs, rhs in
            let byKey = ByteOrder.compare(query, lhs.key, rhs.key)
            return byKey != 0 ? byKey < 0 : ByteOrder.compare(query, lhs.value, rhs.value) < 0
        }
    }
}
