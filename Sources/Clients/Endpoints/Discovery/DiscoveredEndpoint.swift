import Foundation

/// One address a discovery operation named, and until when it may be used.
package struct DiscoveredEndpoint: Sendable, Hashable {
    /// The address as the service gave it (`ingest-cell2.timestream.us-east-1.amazonaws.com`).
    package let address: String
    /// When the entry goes stale: the answer's time plus `CachePeriodInMinutes`.
    package let expiration: Date

    package init(address: String, expiration: Date) {
        self.address = address
        self.expiration = expiration
    }

    /// The URL requests go to: the address, with `https://` in front unless it starts with
    /// `http` (botocore's rule), and `/` as its path when it has none (what botocore's URL without
    /// a path puts on the wire). `nil` when that is not a URL with a host, or holds characters a
    /// URL cannot (white space, controls, non-ASCII), which this SDK does not guess how to encode.
    package var url: URL? {
        guard address.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && !Self.unsafe.contains($0) }) else { return nil }
        var text = address.hasPrefix("http") ? address : "https://" + address
        guard let parsed = URL(string: text), let host = parsed.host, !host.isEmpty else { return nil }
        if parsed.path.isEmpty, parsed.query == nil, parsed.fragment == nil { text += "/" }
        return URL(string: text)
    }

    /// The `Endpoints` of a discovery response (`[{Address, CachePeriodInMinutes}]`), each expiring
    /// `CachePeriodInMinutes` after `now`, in the service's order. An empty list is a valid
    /// answer (it names no endpoint); anything not shaped so throws `problem`.
    package static func parse(_ response: Document, now: Date) throws(Problem) -> [DiscoveredEndpoint] {
        guard let endpoints = response["Endpoints"]?.array else { throw Problem("it has no Endpoints list") }
        var parsed: [DiscoveredEndpoint] = []
        for (index, endpoint) in endpoints.enumerated() {
            guard let address = endpoint["Address"]?.string, !address.isEmpty else {
                throw Problem("Endpoints[\(index)] has no Address")
            }
            guard let minutes = Self.minutes(endpoint["CachePeriodInMinutes"]) else {
                throw Problem("Endpoints[\(index)] has no numeric CachePeriodInMinutes")
            }
            // Clamped so a huge period cannot overflow a date (a century is forever enough).
            let seconds = Swift.min(Swift.max(minutes * 60, -3_153_600_000), 3_153_600_000)
            parsed.append(DiscoveredEndpoint(address: address, expiration: now.addingTimeInterval(seconds)))
        }
        return parsed
    }

    /// ASCII characters that are never literal in a URL.
    private static let unsafe: Set<Unicode.Scalar> = ["\"", "<", ">", "\\", "^", "`", "{", "|", "}"]

    private static func minutes(_ value: Document?) -> Double? {
        switch value {
        case .int(let minutes): return Double(minutes)
        case .double(let minutes) where minutes.isFinite: return minutes
        default: return nil
        }
    }

    /// Why a discovery response could not be read.
    package struct Problem: Error, Sendable {
        package let text: String
        init(_ text: String) { self.text = text }
    }
}
