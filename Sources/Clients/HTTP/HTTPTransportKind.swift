/// Which HTTP transport a client sends with.
public enum HTTPTransportKind: String, Sendable, Hashable, CaseIterable {
    /// libcurl on Linux when `libcurl.so.4` loads, URLSession otherwise (the default).
    case automatic
    /// libcurl, loaded at run time; falls back to URLSession when it cannot be loaded.
    case curl
    /// Foundation's URLSession.
    case urlSession

    /// The names `AWS_SWIFT_HTTP_TRANSPORT` accepts.
    public static let names = ["auto", "curl", "urlsession"]

    /// Parses `auto`, `automatic`, `curl`, `libcurl`, `urlsession` (any case).
    public init?(name: String) {
        switch name.lowercased() {
        case "auto", "automatic": self = .automatic
        case "curl", "libcurl": self = .curl
        case "urlsession", "url-session", "foundation": self = .urlSession
        default: return nil
        }
    }
}
