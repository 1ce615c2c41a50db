import Foundation

/// A request as a wire protocol serializes it, before endpoint resolution and signing:
/// transport-neutral, so it can be compared with the protocol test suites directly.
public struct SerializedRequest: Sendable, Hashable {
    /// HTTP method.
    public var method: String
    /// The percent-encoded path, possibly with a query already present from the URI template
    /// (`/bucket?uploads`).
    public var path: String
    /// Query parameters in order (name, value), not yet encoded. Appended after `path`'s own query.
    public var query: [QueryParameter]
    /// Header fields.
    public var headers: HTTPHeaders
    /// The body bytes (empty when there is none).
    public var body: Data
    /// The expanded `endpoint.hostPrefix` (`123456789012.`), to put before the endpoint's host.
    public var hostPrefix: String?

    /// Creates a request.
    public init(method: String = "POST", path: String = "/", query: [QueryParameter] = [],
                headers: HTTPHeaders = HTTPHeaders(), body: Data = Data(), hostPrefix: String? = nil) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.hostPrefix = hostPrefix
    }

    /// Path and encoded query, as botocore's protocol tests spell `uri`: `path?a=1&b=2`
    /// (joined with `&` when the path already has a query).
    public var uri: String {
        guard !query.isEmpty else { return path }
        let encoded = query.map { parameter in
            PercentEncoding.encode(parameter.name) + (parameter.value.map { "=" + PercentEncoding.encode($0) } ?? "")
        }.joined(separator: "&")
        return path + (path.contains("?") ? "&" : "?") + encoded
    }
}

/// One query parameter; a `nil` value is written as the bare name (`?uploads`).
public struct QueryParameter: Sendable, Hashable {
    /// The name, not encoded.
    public var name: String
    /// The value, not encoded.
    public var value: String?

    /// Creates a parameter.
    public init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }
}
