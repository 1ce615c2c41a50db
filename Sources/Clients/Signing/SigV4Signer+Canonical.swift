/// The canonical-request pieces, as botocore's `SigV4Auth` builds them.
extension SigV4Signer {
    /// Whether botocore leaves a header (name in any ASCII case) unsigned: hop-by-hop headers and ones
    /// proxies or the HTTP stack may change (`connection`, `expect`, `keep-alive`,
    /// `proxy-authenticate`, `proxy-authorization`, `te`, `trailer`, `transfer-encoding`,
    /// `upgrade`, `user-agent`, `x-amzn-trace-id`). Checked by length first: this runs for every
    /// header of every request, and most names are ruled out without comparing any text.
    static func isUnsignedHeader(_ name: String) -> Bool {
        func named(_ candidate: String) -> Bool { name.caseInsensitiveEquals(candidate) }
        switch name.utf8.count {
        case 2: return named("te")
        case 6: return named("expect")
        case 7: return named("trailer") || named("upgrade")
        case 10: return named("connection") || named("keep-alive") || named("user-agent")
        case 15: return named("x-amzn-trace-id")
        case 17: return named("transfer-encoding")
        case 18: return named("proxy-authenticate")
        case 19: return named("proxy-authorization")
        default: return false
        }
    }

    /// The canonical URI. Other services: dot segments and empty segments removed, then encoded
    /// again (so `%20` in the URL becomes `%2520`). S3: the path exactly as in the URL.
    static func canonicalURI(path: String, s3: Bool) -> String {
        if s3 { return path.isEmpty ? "/" : path }
        return PercentEncoding.encode(removeDotSegments(path), safe: "/~")
    }

    /// RFC 3986 dot-segment removal that also drops empty segments, as botocore's `normalize_url_path`.
    static func removeDotSegments(_ path: String) -> String {
        if path.isEmpty { return "/" }
        if isNormalized(path) { return path }
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

    /// Whether `path` starts with `/` and has no empty, `.` or `..` segment, so that dot-segment
    /// removal would return it unchanged (the usual case; checked without splitting).
    private static func isNormalized(_ path: String) -> Bool {
        var segmentLength = -1  // bytes in the current segment; -1 before the leading slash
        var segmentIsDots = true
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if segmentLength == 0 || (segmentLength > 0 && segmentIsDots && segmentLength <= 2) { return false }
                segmentLength = 0
                segmentIsDots = true
            } else {
                if segmentLength < 0 { return false }
                segmentLength += 1
                if byte != UInt8(ascii: ".") { segmentIsDots = false }
            }
        }
        if segmentLength < 0 { return false }
        return !(segmentLength > 0 && segmentIsDots && segmentLength <= 2)
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

    /// Leading and trailing whitespace removed and inner runs collapsed to one space
    /// (Python's `' '.join(value.split())`; folded header lines included).
    static func trimAll(_ value: String) -> String {
        let trimmed = value.utf8.withContiguousStorageIfAvailable(isAlreadyTrimmed) ?? isAlreadyTrimmed(value.utf8)
        if trimmed { return value }
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

    /// Whether `trimAll` would return the text unchanged: no leading, trailing or repeated
    /// whitespace and no whitespace other than single spaces (the usual header value).
    private static func isAlreadyTrimmed(_ bytes: some Sequence<UInt8>) -> Bool {
        var previousWasSpace = true
        var isEmpty = true
        for byte in bytes {
            let isSpace = isWhitespace(byte)
            if isSpace && (previousWasSpace || byte != 0x20) { return false }
            previousWasSpace = isSpace
            isEmpty = false
        }
        return !previousWasSpace || isEmpty
    }

    @inline(__always)
    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x1F)
    }
}
