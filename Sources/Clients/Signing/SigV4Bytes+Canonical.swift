/// The pieces of a SigV4 canonical request, laid out as botocore's `SigV4Auth` does:
///
///     METHOD \n URI \n QUERY \n name:value \n ... \n \n signed;headers \n PAYLOAD-HASH
///
/// Each piece is copied (uppercased, percent-encoded, sorted) from the request's own strings
/// straight into the buffer, with no intermediate strings (`CanonicalHeaderFields` writes the
/// headers).
extension SigV4Bytes {
    /// The whole canonical request in one buffer, and where the signed header list sits in it.
    /// `normalizedQuery` re-encodes the query as the AWS Common Runtime does (SigV4a); otherwise
    /// the query is signed as it is encoded in the URL (botocore's SigV4).
    static func canonicalRequest(method: String, url: SigV4URL, query: some StringProtocol, headers: HTTPHeaders,
                                 payloadHash: String, s3: Bool, normalizedQuery: Bool = false) -> (SigV4Bytes, Range<Int>) {
        var fields = CanonicalHeaderFields(headers, url: url)
        let path = url.pathText
        var canonical = SigV4Bytes(reservingCapacity: method.utf8.count + path.utf8.count * 3 + query.utf8.count
                                       + fields.writtenByteCount + payloadHash.utf8.count + 4)
        canonical.appendMethod(method)
        canonical.appendNewline()
        canonical.appendURI(path: path, s3: s3)
        canonical.appendNewline()
        if normalizedQuery {
            canonical.appendNormalizedQuery(query)
        } else {
            canonical.appendQuery(query)
        }
        canonical.appendNewline()
        let signedRange = fields.write(into: &canonical).signed
        canonical.appendNewline()
        canonical.append(payloadHash)
        return (canonical, signedRange)
    }

    /// The method uppercased as botocore's `method.upper()`: ASCII letters in place, anything
    /// else through the Unicode rules, and a method with no lowercase ASCII letter as it is.
    mutating func appendMethod(_ method: String) {
        Self.withUTF8(method) { source in
            guard source.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) else { return bytes.append(contentsOf: source) }
            guard source.allSatisfy({ $0 < 0x80 }) else { return append(method.uppercased()) }
            for byte in source { bytes.append(byte >= 0x61 && byte <= 0x7A ? byte & 0xDF : byte) }
        }
    }

    /// The canonical URI. Other services: dot segments and empty segments removed, then encoded
    /// again (so `%20` in the URL becomes `%2520`). S3: the path exactly as in the URL.
    mutating func appendURI(path: Substring, s3: Bool) {
        if path.isEmpty { return bytes.append(UInt8(ascii: "/")) }
        if s3 { return append(path) }
        let isNormalized = Self.withUTF8(path, Self.isNormalized)
        if isNormalized {
            Self.withUTF8(path) { appendPercentEncoded($0) }
        } else {
            let normalized = SigV4Signer.removeDotSegments(String(path))
            Self.withUTF8(normalized) { appendPercentEncoded($0) }
        }
    }

    /// `quote(path, safe='/~')`: every byte but unreserved characters and `/` as `%XX`.
    private mutating func appendPercentEncoded(_ source: UnsafeBufferPointer<UInt8>) {
        if source.allSatisfy({ PercentEncoding.isUnreserved($0) || $0 == UInt8(ascii: "/") }) {
            return bytes.append(contentsOf: source)
        }
        let digits: StaticString = "0123456789ABCDEF"
        for byte in source {
            if PercentEncoding.isUnreserved(byte) || byte == UInt8(ascii: "/") {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(digits.utf8Start[Int(byte >> 4)])
                bytes.append(digits.utf8Start[Int(byte & 0x0F)])
            }
        }
    }

    /// Whether `path` starts with `/` and has no empty, `.` or `..` segment, so that dot-segment
    /// removal would return it unchanged (the usual case; checked without splitting).
    static func isNormalized(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
        var segmentLength = -1  // bytes in the current segment; -1 before the leading slash
        var segmentIsDots = true
        for byte in path {
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

    /// The canonical query string: the URL's `key=value` pairs as they are encoded there (a
    /// pair without `=` gets one), sorted by key and then value bytes.
    mutating func appendQuery(_ query: some StringProtocol) {
        Self.withUTF8(query) { source in
            if source.isEmpty { return }
            var pairs = CanonicalQueryPair.split(source)
            CanonicalQueryPair.sort(&pairs, in: source)
            for (index, pair) in pairs.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: "&")) }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[pair.key]))
                bytes.append(UInt8(ascii: "="))
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[pair.value]))
            }
        }
    }
}
