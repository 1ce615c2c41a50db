import Foundation

/// What a transport is built with; clients with equal options share one transport (and so one
/// connection pool).
public struct HTTPTransportOptions: Sendable, Hashable {
    /// The transport to use.
    public var kind: HTTPTransportKind
    /// Keep-alive connections kept per host (botocore's `max_pool_connections`, default 10).
    public var maxConnectionsPerHost: Int
    /// TLS verification.
    public var verify: TLSVerification
    /// Proxy URLs by scheme (`http`, `https`) or `scheme://host`, and the `NO_PROXY` list under `no`.
    public var proxies: [String: String]
    /// Proxy TLS details.
    public var proxiesConfig: ProxiesConfig
    /// Whether TCP keep-alive probes are on.
    public var tcpKeepalive: Bool

    /// Creates options.
    public init(kind: HTTPTransportKind = .automatic, maxConnectionsPerHost: Int = 10, verify: TLSVerification = .enabled,
                proxies: [String: String] = [:], proxiesConfig: ProxiesConfig = ProxiesConfig(), tcpKeepalive: Bool = false) {
        self.kind = kind
        self.maxConnectionsPerHost = maxConnectionsPerHost
        self.verify = verify
        self.proxies = proxies
        self.proxiesConfig = proxiesConfig
        self.tcpKeepalive = tcpKeepalive
    }

    /// The proxy URL for `url`, as botocore's `select_proxy`: `scheme://host` first, then the
    /// scheme; `nil` when none is set or the host matches the `no` list.
    public func proxy(for url: URL) -> String? {
        guard let scheme = url.scheme?.lowercased(), let host = url.host?.lowercased() else { return nil }
        if let noProxy = proxies["no"], Self.bypasses(host: host, port: url.port, noProxy: noProxy) { return nil }
        let candidates = ["\(scheme)://\(host)", scheme, "all://\(host)", "all"]
        for key in candidates { if let proxy = proxies[key], !proxy.isEmpty { return proxy } }
        return nil
    }

    /// Whether `host` matches an entry of a `NO_PROXY` list (`*`, a domain and its subdomains,
    /// with or without a leading dot, optionally with `:port`).
    static func bypasses(host: String, port: Int?, noProxy: String) -> Bool {
        for rawEntry in noProxy.split(separator: ",") {
            var entry = rawEntry.trimmingCharacters(in: .whitespaces).lowercased()
            if entry.isEmpty { continue }
            if entry == "*" { return true }
            if let colon = entry.lastIndex(of: ":"), !entry.hasPrefix("["), let entryPort = Int(entry[entry.index(after: colon)...]) {
                if let port, port != entryPort { continue }
                entry = String(entry[..<colon])
            }
            if entry.hasPrefix(".") { entry.removeFirst() }
            if host == entry || host.hasSuffix("." + entry) { return true }
        }
        return false
    }
}
