/// The rule-set function `parseURL`: a URL's parts as botocore reports them.
///
/// Splitting follows Python's `urllib.parse.urlparse` (botocore's parser): leading spaces and
/// control characters are dropped, tabs and line breaks removed, `;params` cut from the last
/// path segment. Only `http` and `https` URLs without a query are accepted.
struct EndpointURL: Sendable, Hashable {
    /// `http` or `https`, lowercased.
    let scheme: String
    /// The host, with `userinfo@` and `:port` when present, as written.
    let authority: String
    /// The path as written.
    let path: String
    /// The path with `.`/`..` segments and repeated slashes removed, percent-encoded, ending in `/`.
    let normalizedPath: String
    /// Whether the host is an IPv4 or IPv6 address.
    let isIp: Bool

    var document: Document {
        .map(["scheme": .string(scheme), "authority": .string(authority), "path": .string(path),
              "normalizedPath": .string(normalizedPath), "isIp": .bool(isIp)])
    }

    /// The parts of `text`, or `nil` when it is not an acceptable endpoint URL. Throws where
    /// Python's `urlparse` itself raises (unbalanced brackets, a bracketed host that is no IPv6 address).
    static func parse(_ text: String) throws(EndpointResolutionError) -> EndpointURL? {
        var scalars = Substring(text).unicodeScalars.drop { $0.value <= 0x20 }
        let hadUnsafe = scalars.contains { $0 == "\t" || $0 == "\r" || $0 == "\n" }
        if hadUnsafe { scalars = String.UnicodeScalarView(scalars.filter { $0 != "\t" && $0 != "\r" && $0 != "\n" })[...] }
        var rest = Substring(scalars)

        var scheme = ""
        if let colon = rest.firstIndex(of: ":"), colon > rest.startIndex,
           let first = rest.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic,
           rest[..<colon].unicodeScalars.allSatisfy(isSchemeCharacter) {
            scheme = rest[..<colon].lowercased()
            rest = rest[rest.index(after: colon)...]
        }
        var netloc: Substring = ""
        if rest.hasPrefix("//") {
            let afterSlashes = rest.index(rest.startIndex, offsetBy: 2)
            let end = rest[afterSlashes...].firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
            netloc = rest[afterSlashes..<end]
            rest = rest[end...]
            let hasOpen = netloc.contains("["), hasClose = netloc.contains("]")
            if hasOpen != hasClose { throw EndpointResolutionError(.invalidFunctionArguments, "Invalid IPv6 URL") }
            if hasOpen, let open = netloc.firstIndex(of: "[") {
                let inside = netloc[netloc.index(after: open)...]
                let host = inside[..<(inside.firstIndex(of: "]") ?? inside.endIndex)]
                if let problem = IPAddressText.bracketedHostProblem(String(host)) {
                    throw EndpointResolutionError(.invalidFunctionArguments, problem)
                }
            }
        }
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        if rest.contains("?") { return nil }  // URLs with a query are not endpoints.
        guard scheme == "http" || scheme == "https" else { return nil }
        if rest.contains(";") {
            let lastSlash = rest.lastIndex(of: "/") ?? rest.startIndex
            if let semicolon = rest[lastSlash...].firstIndex(of: ";") { rest = rest[..<semicolon] }
        }
        let (host, port) = hostAndPort(netloc)
        if let port {
            guard !port.isEmpty, port.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
                  let number = Int(port), number <= 65535 else { return nil }
        }
        let path = String(rest)
        let isIp: Bool
        if let host, !host.isEmpty {
            let lowered = lowercasedHost(host)
            isIp = IPAddressText.isLooseIPv4(lowered) || (!hadUnsafe && IPAddressText.isIPv6WithZone(lowered))
        } else {
            isIp = false
        }
        var normalized = PercentEncoding.encode(removeDotSegments(path), safe: "/")
        if !normalized.hasSuffix("/") { normalized += "/" }
        return EndpointURL(scheme: scheme, authority: String(netloc), path: path, normalizedPath: normalized, isIp: isIp)
    }

    private static func isSchemeCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2B, 0x2D, 0x2E: return true
        default: return false
        }
    }

    /// `urllib`'s `_hostinfo`: the host (inside brackets when bracketed) and the port text, if any.
    private static func hostAndPort(_ netloc: Substring) -> (Substring?, Substring?) {
        let hostinfo = netloc.lastIndex(of: "@").map { netloc[netloc.index(after: $0)...] } ?? netloc
        var host: Substring
        var port: Substring
        if let open = hostinfo.firstIndex(of: "[") {
            let bracketed = hostinfo[hostinfo.index(after: open)...]
            let close = bracketed.firstIndex(of: "]") ?? bracketed.endIndex
            host = bracketed[..<close]
            let after = close < bracketed.endIndex ? bracketed[bracketed.index(after: close)...] : ""
            port = after.firstIndex(of: ":").map { after[after.index(after: $0)...] } ?? ""
        } else if let colon = hostinfo.firstIndex(of: ":") {
            host = hostinfo[..<colon]
            port = hostinfo[hostinfo.index(after: colon)...]
        } else {
            host = hostinfo
            port = ""
        }
        return (host.isEmpty ? nil : host, port.isEmpty ? nil : port)
    }

    /// Python lowercases a host but not an IPv6 zone (`%zone`).
    private static func lowercasedHost(_ host: Substring) -> String {
        guard let percent = host.firstIndex(of: "%") else { return host.lowercased() }
        return host[..<percent].lowercased() + host[percent...]
    }

    /// botocore's `remove_dot_segments`: drops `.` and empty segments, resolves `..`, keeps a
    /// leading slash and (when anything is left) a trailing one. An empty path becomes `/`.
    static func removeDotSegments(_ path: String) -> String {
        guard !path.isEmpty else { return "/" }
        var output: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) where segment != "." {
            if segment == ".." {
                if !output.isEmpty { output.removeLast() }
            } else {
                output.append(segment)
            }
        }
        let first = path.hasPrefix("/") ? "/" : ""
        let last = path.hasSuffix("/") && !output.isEmpty ? "/" : ""
        return first + output.joined(separator: "/") + last
    }
}
