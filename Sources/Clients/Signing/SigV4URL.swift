import Foundation

/// The parts of a request URL that SigV4 reads, taken from its text as it is (percent-encoding
/// untouched), as botocore's `urlsplit` sees them.
package struct SigV4URL: Sendable, Hashable {
    /// `http` or `https`, lowercased.
    package var scheme: String
    /// The `Host` header botocore derives: lowercased host, port only when not the scheme's default.
    package var host: String
    /// The path as it appears in the URL (may be empty).
    package var path: String
    /// The query without `?` (empty when none).
    package var query: String
    /// Everything before the path: `scheme://userinfo@host:port`.
    package var origin: String
    /// The fragment with its `#`, or empty.
    package var fragment: String

    /// Whether the scheme is `https`.
    package var isHTTPS: Bool { scheme == "https" }

    /// Parts given directly (the test suite's raw requests are not valid `URL`s).
    package init(scheme: String, host: String, path: String, query: String) {
        self.scheme = scheme
        self.host = host
        self.path = path
        self.query = query
        self.origin = "\(scheme)://\(host)"
        self.fragment = ""
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
        let bytes = text.utf8
        var end = bytes.endIndex
        if let hash = bytes.firstIndex(of: UInt8(ascii: "#")) {
            fragment = String(text[hash...])
            end = hash
        } else {
            fragment = ""
        }
        if let question = bytes[..<end].firstIndex(of: UInt8(ascii: "?")) {
            query = String(text[bytes.index(after: question)..<end])
            end = question
        } else {
            query = ""
        }
        guard let schemeEnd = Self.firstSchemeSeparator(in: bytes[..<end]) else {
            scheme = ""
            host = ""
            origin = ""
            path = String(text[..<end])
            return
        }
        scheme = String(text[..<schemeEnd]).lowercasedFast
        let authorityStart = bytes.index(schemeEnd, offsetBy: 3)
        let pathStart = bytes[authorityStart..<end].firstIndex(of: UInt8(ascii: "/")) ?? end
        origin = String(text[..<pathStart])
        path = String(text[pathStart..<end])
        var authority = text[authorityStart..<pathStart]
        if let at = authority.utf8.lastIndex(of: UInt8(ascii: "@")) { authority = authority[authority.utf8.index(after: at)...] }
        host = Self.hostHeader(authority: authority, scheme: scheme)
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

    private static func hostHeader(authority: Substring, scheme: String) -> String {
        var hostPart = authority
        var port: Substring = ""
        let bytes = authority.utf8
        if bytes.first == UInt8(ascii: "["), let close = bytes.firstIndex(of: UInt8(ascii: "]")) {
            let afterClose = bytes.index(after: close)
            hostPart = authority[..<afterClose]
            if afterClose < bytes.endIndex, bytes[afterClose] == UInt8(ascii: ":") {
                port = authority[bytes.index(after: afterClose)...]
            }
        } else if let colon = bytes.lastIndex(of: UInt8(ascii: ":")) {
            hostPart = authority[..<colon]
            port = authority[bytes.index(after: colon)...]
        }
        let host = String(hostPart).lowercasedFast
        let defaultPort = scheme == "https" ? "443" : scheme == "http" ? "80" : ""
        if port.isEmpty || port == defaultPort { return host }
        return host + ":" + port
    }
}
