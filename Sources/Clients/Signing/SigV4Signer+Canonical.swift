/// The canonical-request pieces one by one, as botocore's `SigV4Auth` builds them. Signing
/// writes them all into one `SigV4Bytes`; these give each piece as a string.
extension SigV4Signer {
    /// Whether botocore leaves a header (name in any ASCII case) unsigned: hop-by-hop headers and ones
    /// proxies or the HTTP stack may change (`connection`, `expect`, `keep-alive`,
    /// `proxy-authenticate`, `proxy-authorization`, `te`, `trailer`, `transfer-encoding`,
    /// `upgrade`, `user-agent`, `x-amzn-trace-id`).
    static func isUnsignedHeader(_ name: String) -> Bool {
        let lowercased = name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return lowercased.withUnsafeBufferPointer { isUnsignedHeader(lowercased: $0) }
    }

    /// `isUnsignedHeader` for a name already lowercased. Checked by length first: this runs for
    /// every header of every request, and most names are ruled out without comparing any bytes.
    static func isUnsignedHeader(lowercased name: UnsafeBufferPointer<UInt8>) -> Bool {
        func named(_ candidate: StaticString) -> Bool {
            name.elementsEqual(UnsafeBufferPointer(start: candidate.utf8Start, count: candidate.utf8CodeUnitCount))
        }
        switch name.count {
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
        var builder = SigV4Bytes(reservingCapacity: path.utf8.count * 3 + 1)
        builder.appendURI(path: path[...], s3: s3)
        return builder.text
    }

    /// RFC 3986 dot-segment removal that also drops empty segments, as botocore's `normalize_url_path`.
    static func removeDotSegments(_ path: String) -> String {
        if path.isEmpty { return "/" }
        if SigV4Bytes.withUTF8(path, SigV4Bytes.isNormalized) { return path }
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
        var builder = SigV4Bytes(reservingCapacity: query.utf8.count + 8)
        builder.appendQuery(query)
        return builder.text
    }

    /// Leading and trailing whitespace removed and inner runs collapsed to one space
    /// (Python's `' '.join(value.split())`, Unicode spaces included; folded header lines included).
    static func trimAll(_ value: String) -> String {
        SigV4Bytes.withUTF8(value) { source in
            if CanonicalHeaderFields.isCollapsed(source) { return value }
            var out: [UInt8] = []
            out.reserveCapacity(source.count)
            CanonicalHeaderFields.appendCollapsed(source, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }
}
