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
    package init(text: String) {
        var rest = Substring(text)
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[hash...])
            rest = rest[..<hash]
        } else {
            fragment = ""
        }
        if let question = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: question)...])
            rest = rest[..<question]
        } else {
            query = ""
        }
        guard let schemeEnd = rest.range(of: "://") else {
            scheme = ""
            host = ""
            origin = ""
            path = String(rest)
            return
        }
        scheme = rest[..<schemeEnd.lowerBound].lowercased()
        let afterScheme = rest[schemeEnd.upperBound...]
        let pathStart = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
        origin = String(rest[..<pathStart])
        path = String(afterScheme[pathStart...])
        var authority = afterScheme[..<pathStart]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        host = Self.hostHeader(authority: authority, scheme: scheme)
    }

    private static func hostHeader(authority: Substring, scheme: String) -> String {
        var hostPart = authority
        var port: Substring = ""
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            hostPart = authority[...close]
            let after = authority[authority.index(after: close)...]
            if after.hasPrefix(":") { port = after.dropFirst() }
        } else if let colon = authority.lastIndex(of: ":") {
            hostPart = authority[..<colon]
            port = authority[authority.index(after: colon)...]
        }
        let host = hostPart.lowercased()
        let defaultPort = scheme == "https" ? "443" : scheme == "http" ? "80" : ""
        if port.isEmpty || port == defaultPort { return host }
        return host + ":" + port
    }
}
