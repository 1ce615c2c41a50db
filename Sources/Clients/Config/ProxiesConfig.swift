/// Proxy details beyond the proxy URLs (botocore's `proxies_config`).
public struct ProxiesConfig: Sendable, Hashable {
    /// A PEM bundle to verify the proxy's certificate.
    public var proxyCABundle: String?
    /// A client certificate (path) to present to the proxy.
    public var proxyClientCert: String?
    /// Send HTTPS requests through the proxy by forwarding instead of `CONNECT`.
    public var proxyUseForwardingForHTTPS: Bool?

    /// Creates proxy details.
    public init(proxyCABundle: String? = nil, proxyClientCert: String? = nil, proxyUseForwardingForHTTPS: Bool? = nil) {
        self.proxyCABundle = proxyCABundle
        self.proxyClientCert = proxyClientCert
        self.proxyUseForwardingForHTTPS = proxyUseForwardingForHTTPS
    }
}
