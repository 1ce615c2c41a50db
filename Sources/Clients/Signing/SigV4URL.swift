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
    /// Every delimiter is ASCII, so the search runs on the UTF-8 bytes in place (a byte offset of
    /// an ASCII character is a valid `String.Index`): no grapheme breaking, no string search.
    package init(text: String) {
        var text = text
        let offsets = text.withUTF8(Offsets.init)
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        func range(_ offsets: Range<Int>) -> Range<String.Index> { index(offsets.lowerBound)..<index(offsets.upperBound) }
        self.text = text
        givenHost = nil
        schemeRange = range(offsets.scheme)
        hostRange = range(offsets.host)
        portRange = offsets.port.map(range)
        pathRange = range(offsets.path)
        queryRange = range(offsets.query)
        fragmentRange = range(offsets.fragment)
        isHTTPS = offsets.isHTTPS
    }

    /// The byte ranges of each part of URL text, found in one pass over its bytes.
    private struct Offsets {
        var scheme = 0..<0, host = 0..<0, port: Range<Int>? = nil
        var path = 0..<0, query = 0..<0, fragment = 0..<0
        var isHTTPS = false

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            var end = bytes.count
            if let hash = bytes.firstIndex(of: UInt8(ascii: "#")) { end = hash }
            fragment = end..<bytes.count
            let question = bytes[..<end].firstIndex(of: UInt8(ascii: "?"))
            query = question.map { ($0 + 1)..<end } ?? end..<end
            end = question ?? end
            guard let schemeEnd = Self.firstSchemeSeparator(in: bytes, before: end) else {
                path = 0..<end
                return
            }
            scheme = 0..<schemeEnd
            isHTTPS = Self.schemeIs("https", bytes[scheme])
            let authorityStart = schemeEnd + 3
            let pathStart = bytes[authorityStart..<end].firstIndex(of: UInt8(ascii: "/")) ?? end
            path = pathStart..<end
            var hostStart = authorityStart
            if let at = bytes[authorityStart..<pathStart].lastIndex(of: UInt8(ascii: "@")) { hostStart = at + 1 }
            splitHostAndPort(bytes, authority: hostStart..<pathStart)
        }

        /// The offset of the first `://` before `end`.
        private static func firstSchemeSeparator(in bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
            var index = 0
            while index + 2 < end {
                if bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == UInt8(ascii: "/"), bytes[index + 2] == UInt8(ascii: "/") {
                    return index
                }
                index += 1
            }
            return nil
        }

        /// Whether `scheme` is `name` in any ASCII case.
        private static func schemeIs(_ name: StaticString, _ scheme: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
            guard scheme.count == name.utf8CodeUnitCount else { return false }
            for (offset, byte) in scheme.enumerated() {
                let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if lowered != name.utf8Start[offset] { return false }
            }
            return true
        }

        /// The host (brackets kept for IPv6) and the port unless it is empty or the scheme's default.
        private mutating func splitHostAndPort(_ bytes: UnsafeBufferPointer<UInt8>, authority: Range<Int>) {
            host = authority
            var portRange = authority.upperBound..<authority.upperBound
            let text = bytes[authority]
            if text.first == UInt8(ascii: "["), let close = text.firstIndex(of: UInt8(ascii: "]")) {
                host = authority.lowerBound..<(close + 1)
                if close + 1 < authority.upperBound, bytes[close + 1] == UInt8(ascii: ":") {
                    portRange = (close + 2)..<authority.upperBound
                }
            } else if let colon = text.lastIndex(of: UInt8(ascii: ":")) {
                host = authority.lowerBound..<colon
                portRange = (colon + 1)..<authority.upperBound
            }
            let port = bytes[portRange]
            let defaultPort: StaticString = isHTTPS ? "443" : Self.schemeIs("http", bytes[scheme]) ? "80" : ""
            let isDefault = port.elementsEqual(UnsafeBufferPointer(start: defaultPort.utf8Start, count: defaultPort.utf8CodeUnitCount))
            self.port = port.isEmpty || isDefault ? nil : portRange
        }
    }

    private static func isHTTPS(_ scheme: Substring) -> Bool {
        scheme.utf8.count == 5 && String(scheme).caseInsensitiveEquals("https")
    }
}
