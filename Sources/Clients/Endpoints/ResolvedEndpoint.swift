/// The endpoint a rule set resolved to: where to send the request and how to sign it.
///
/// `properties` holds the rule's endpoint properties as they resolved, notably `authSchemes`
/// (a list of maps with `name`, `signingName`, `signingRegion`, `disableDoubleEncoding`, ...).
public struct ResolvedEndpoint: Sendable, Hashable {
    /// The endpoint URL, e.g. `https://bucket.s3.us-west-2.amazonaws.com`.
    public var url: String
    /// Headers the rule adds to the request, each with its values in order.
    public var headers: [String: [String]]
    /// The endpoint's `properties` map (`.map([:])` when the rule has none).
    public var properties: Document

    /// Creates an endpoint.
    public init(url: String, headers: [String: [String]] = [:], properties: Document = .map([:])) {
        self.url = url
        self.headers = headers
        self.properties = properties
    }

    /// The `authSchemes` property's entries, in the rule set's order of preference.
    public var authSchemes: [Document] { properties["authSchemes"]?.array ?? [] }
}
