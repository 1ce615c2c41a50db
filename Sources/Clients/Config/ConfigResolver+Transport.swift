extension ConfigResolver {
    /// Proxies from the environment when `Config.proxies` is unset, as Python's
    /// `urllib.request.getproxies()` reads them for botocore: `HTTP_PROXY`, `HTTPS_PROXY`,
    /// `ALL_PROXY` (either case; lower case wins), and `NO_PROXY` under the key `no`.
    func environmentProxies() -> [String: String] {
        var proxies: [String: String] = [:]
        for (key, names) in [("http", ["http_proxy", "HTTP_PROXY"]), ("https", ["https_proxy", "HTTPS_PROXY"]),
                             ("all", ["all_proxy", "ALL_PROXY"]), ("no", ["no_proxy", "NO_PROXY"])] {
            if let value = value(env: names), !value.isEmpty { proxies[key] = value }
        }
        if let all = proxies.removeValue(forKey: "all") {
            proxies["http"] = proxies["http"] ?? all
            proxies["https"] = proxies["https"] ?? all
        }
        return proxies
    }

    /// The transport: `Config.httpTransport`, else `AWS_SWIFT_HTTP_TRANSPORT` (`auto`, `curl`,
    /// `urlsession`), else `.automatic`.
    func transportKind(config: Config?) throws(ConfigError) -> HTTPTransportKind {
        if let kind = config?.httpTransport { return kind }
        guard let text = value(env: ["AWS_SWIFT_HTTP_TRANSPORT"]), !text.isEmpty else { return .automatic }
        guard let kind = HTTPTransportKind(name: text) else {
            throw ConfigError.invalid("AWS_SWIFT_HTTP_TRANSPORT", text, allowed: HTTPTransportKind.names)
        }
        return kind
    }
}
