import Foundation

/// The parts of a request URL that SigV4 reads, taken from its text as it is (percent-encoding
/// untouched), as botocore's `urlsplit` sees them.
///
/// The text is split once into index ranges; the parts are `Substring`s of it, so signing reads
/// the path, query and host bytes in place, and a `String` is made only when a caller asks for one.
package struct SigV4URL: Sendable, Hashable {
    /// The URL text the ranges below index into.
    private let text: String
    /// The scheme as written (before `://`), empty when there is none.
    private let schemeRange: Range<String.Index>
    /// The host without userinfo and port (IPv6 brackets kept).
    private let hostRange: Range<String.Index>
    /// The port when it is not the scheme's default, else `nil`.
    private let portRange: Range<String.Index>?
    private let pathRange: Range<String.Index>
    private let queryRange: Range<String.Index>
    private let fragmentRange: Range<String.Index>
    /// A `Host` header given directly (the conformance suite's requests), used as it is.
    private let givenHost: String?

    /// Whether the scheme is `https`.
    package let isHTTPS: Bool

    /// `http` or `https`, lowercased.
    package var scheme: String { String(text[schemeRange]).lowercasedFast }
    /// The `Host` header botocore derives: lowercased host, port only when not the scheme's default.
    package var host: String {
        if let givenHost { return givenHost }
        let host = String(text[hostRange]).lowercasedFast
        guard let portRange else { return host }
        return host + ":" + text[portRange]
    }
    /// The path as it appears in the URL (may be empty).
    package var path: String { String(text[pathRange]) }
    /// The query without `?` (empty when none).
    package var query: String { String(text[queryRange]) }
    /// Everything before the path: `scheme://userinfo@host:port`.
    package var origin: String { String(text[..<pathRange.lowerBound]) }
    /// The fragment with its `#`, or empty.
    package var fragment: String { String(text[fragmentRange]) }

    /// The path, read in place.
    var pathText: Substring { text[pathRange] }
    /// The query without `?`, read in place.
    var queryText: Substring { text[queryRange] }
    /// The host as written (not lowercased) and the non-default port, read in place; `nil` when
    /// the host was given directly.
    var hostParts: (host: Substring, port: Substring?)? {
        if givenHost != nil { return nil }
        return (text[hostRange], portRange.map { text[$0] })
    }

    /// Parts given directly (the test suite's raw requests are not valid `URL`s).
    package init(scheme: String, host: String, path: String, query: String) {
        let origin = scheme + "://" + host
        let text = origin + path + (query.isEmpty ? "" : "?" + query)
        let utf8 = text.utf8
        let schemeEnd = utf8.index(utf8.startIndex, offsetBy: scheme.utf8.count)
        let pathStart = utf8.index(utf8.startIndex, offsetBy: origin.utf8.count)
        let pathEnd = utf8.index(pathStart, offsetBy: path.utf8.count)
        let queryStart = query.isEmpty ? pathEnd : utf8.index(after: pathEnd)
        self.text = text
        schemeRange = text.startIndex..<schemeEnd
        hostRange = pathStart..<pathStart
        portRange = nil
        pathRange = pathStart..<pathEnd
        queryRange = queryStart..<text.endIndex
        fragmentRange = text.endIndex..<text.endIndex
        givenHost = host
        isHTTPS = Self.isHTTPS(scheme[...])
    }

    /// Splits a URL's text.
    package init(_ url: URL) {
        self.init(text: url.absoluteString)
    }

    /// Splits URL text: `scheme://authority/path?query#fragment`.
    ///
    /// Every delimiter is ASCII, so the search runs on UTF-8 bytes (a byte index of an ASCII
    /// character is a valid `String.Index`): no grapheme breaking, no Foundation string search.
    package init(text: String) {
        self.text = text
        givenHost = nil
        let bytes = text.utf8
        var end = bytes.endIndex
        if let hash = bytes.firstIndex(of: UInt8(ascii: "#")) {
            fragmentRange = hash..<bytes.endIndex
            end = hash
        } else {
            fragmentRange = end..<end
        }
        if let question = bytes[..<end].firstIndex(of: UInt8(ascii: "?")) {
            queryRange = bytes.index(after: question)..<end
            end = question
        } else {
            queryRange = end..<end
        }
        guard let schemeEnd = Self.firstSchemeSeparator(in: bytes[..<end]) else {
            schemeRange = text.startIndex..<text.startIndex
            hostRange = text.startIndex..<text.startIndex
            portRange = nil
            pathRange = text.startIndex..<end
            isHTTPS = false
            return
        }
        schemeRange = text.startIndex..<schemeEnd
        let scheme = text[schemeRange]
        isHTTPS = Self.isHTTPS(scheme)
        let authorityStart = bytes.index(schemeEnd, offsetBy: 3)
        let pathStart = bytes[authorityStart..<end].firstIndex(of: UInt8(ascii: "/")) ?? end
        pathRange = pathStart..<end
        var hostStart = authorityStart
        if let at = bytes[authorityStart..<pathStart].lastIndex(of: UInt8(ascii: "@")) { hostStart = bytes.index(after: at) }
        (hostRange, portRange) = Self.hostAndPort(text, authority: hostStart..<pathStart, scheme: scheme)
    }

    /// The index of the first `://`.
    private static func firstSchemeSeparator(in bytes: Substring.UTF8View) -> String.Index? {
        var index = bytes.startIndex
        while let colon = bytes[index...].firstIndex(of: UInt8(ascii: ":")) {
            let rest = bytes[colon...].dropFirst()
            if rest.starts(with: "//".utf8) { return colon }
            index = bytes.index(after: colon)
        }
        return nil
    }

    private static func isHTTPS(_ scheme: Substring) -> Bool {
        scheme.utf8.count == 5 && String(scheme).caseInsensitiveEquals("https")
    }

    /// The host (brackets kept for IPv6) and the port unless it is empty or the scheme's default.
    private static func hostAndPort(_ text: String, authority: Range<String.Index>, scheme: Substring)
        -> (host: Range<String.Index>, port: Range<String.Index>?) {
        let bytes = text.utf8[authority]
        var host = authority
        var port = authority.upperBound..<authority.upperBound
        if bytes.first == UInt8(ascii: "["), let close = bytes.firstIndex(of: UInt8(ascii: "]")) {
            let afterClose = bytes.index(after: close)
            host = authority.lowerBound..<afterClose
            if afterClose < bytes.endIndex, bytes[afterClose] == UInt8(ascii: ":") {
                port = bytes.index(after: afterClose)..<authority.upperBound
            }
        } else if let colon = bytes.lastIndex(of: UInt8(ascii: ":")) {
            host = authority.lowerBound..<colon
            port = bytes.index(after: colon)..<authority.upperBound
        }
        let portText = text[port]
        let lowerScheme = String(scheme).lowercasedFast
        let defaultPort = lowerScheme == "https" ? "443" : lowerScheme == "http" ? "80" : ""
        if portText.isEmpty || portText == defaultPort { return (host, nil) }
        return (host, port)
    }
}
