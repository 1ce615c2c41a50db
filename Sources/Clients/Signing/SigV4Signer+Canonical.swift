/// The canonical-request pieces, as botocore's `SigV4Auth` builds them.
extension SigV4Signer {
    /// Headers botocore never signs: hop-by-hop headers and ones proxies or the HTTP stack may change.
    static let unsignedHeaderNames: Set<String> = [
        "connection", "expect", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
        "trailer", "transfer-encoding", "upgrade", "user-agent", "x-amzn-trace-id",
    ]

    /// The canonical URI. Other services: dot segments and empty segments removed, then encoded
    /// again (so `%20` in the URL becomes `%2520`). S3: the path exactly as in the URL.
    static func canonicalURI(path: String, s3: Bool) -> String {
        if s3 { return path.isEmpty ? "/" : path }
        return PercentEncoding.encode(removeDotSegments(path), safe: "/~")
    }

    /// RFC 3986 dot-segment removal that also drops empty segments, as botocore's `normalize_url_path`.
    static func removeDotSegments(_ path: String) -> String {
        if path.isEmpty { return "/" }
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." {
                if !segments.isEmpty { segments.removeLast() }
            } else {
                segments.append(segment)
            }
        }
        var result = path.hasPrefix("/") ? "/" : ""
        result += segments.joined(separator: "/")
        if path.hasSuffix("/"), !segments.isEmpty { result += "/" }
        return result
    }

    /// The canonical query string: the URL's `key=value` pairs as they are encoded there,
    /// sorted by key and then value.
    static func canonicalQuery(_ query: String) -> String {
        if query.isEmpty { return "" }
        var pairs: [(key: Substring, value: Substring)] = []
        for pair in query.split(separator: "&", omittingEmptySubsequences: false) {
            if let equals = pair.firstIndex(of: "=") {
                pairs.append((pair[..<equals], pair[pair.index(after: equals)...]))
            } else {
                pairs.append((pair, ""))
            }
        }
        if pairs.count > 1 {
            pairs.sort { lhs, rhs in
                if lhs.key != rhs.key { return lhs.key.utf8.lexicographicallyPrecedes(rhs.key.utf8) }
                return lhs.value.utf8.lexicographicallyPrecedes(rhs.value.utf8)
            }
        }
        var result = ""
        result.reserveCapacity(query.utf8.count + 1)
        for (index, pair) in pairs.enumerated() {
            if index > 0 { result += "&" }
            result += pair.key
            result += "="
            result += pair.value
        }
        return result
    }

    /// The canonical header block (each line ending in a newline) and the signed header list.
    /// `host` is signed even when the request leaves the header to the HTTP stack.
    static func canonicalHeaders(_ headers: HTTPHeaders, host: String) -> (block: String, signed: String) {
        var fields: [(name: String, value: String, order: Int)] = []
        fields.reserveCapacity(headers.count + 1)
        var hasHost = false
        for (order, field) in headers.enumerated() {
            let name = field.name.lowercased()
            if unsignedHeaderNames.contains(name) { continue }
            if name == "host" { hasHost = true }
            fields.append((name, field.value, order))
        }
        if !hasHost { fields.append(("host", host, fields.count)) }
        fields.sort { lhs, rhs in
            if lhs.name != rhs.name { return lhs.name.utf8.lexicographicallyPrecedes(rhs.name.utf8) }
            return lhs.order < rhs.order
        }
        var block = ""
        var signed = ""
        var previous: String?
        for field in fields {
            if field.name == previous {
                block += ","
            } else {
                if previous != nil {
                    block += "\n"
                    signed += ";"
                }
                block += field.name
                block += ":"
                signed += field.name
                previous = field.name
            }
            block += trimAll(field.value)
        }
        if !fields.isEmpty { block += "\n" }
        return (block, signed)
    }

    /// Leading and trailing whitespace removed and inner runs collapsed to one space
    /// (Python's `' '.join(value.split())`; folded header lines included).
    static func trimAll(_ value: String) -> String {
        var needsWork = false
        var previousWasSpace = true
        for byte in value.utf8 {
            let isSpace = isWhitespace(byte)
            if isSpace && (previousWasSpace || byte != 0x20) { needsWork = true; break }
            previousWasSpace = isSpace
        }
        if !needsWork && !previousWasSpace { return value }
        if !needsWork && value.isEmpty { return value }
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count)
        var pendingSpace = false
        for byte in value.utf8 {
            if isWhitespace(byte) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x1F)
    }
}
