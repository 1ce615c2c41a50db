/// Builds the SDK's transports.
public enum HTTPTransports {
    /// The transport `options.kind` asks for: `.automatic` gives the libcurl transport on Linux
    /// when libcurl loads, `.curl` gives it on any platform where it loads; otherwise, and for
    /// `.urlSession`, URLSession.
    public static func make(_ options: HTTPTransportOptions) -> any HTTPTransport {
        switch options.kind {
        case .urlSession:
            return URLSessionTransport(options: options)
        case .curl:
            if let transport = try? CurlTransport(options: options) { return transport }
            return URLSessionTransport(options: options)
        case .automatic:
            #if os(Linux)
            if let transport = try? CurlTransport(options: options) { return transport }
            #endif
            return URLSessionTransport(options: options)
        }
    }
}
