/// A value filled in automatically: a request parameter built from the resource (boto3's `Parameter`),
/// or an identifier of a resource built from a response.
///
/// `target` is where the value goes (a request parameter path, or the new resource's identifier
/// name); `source` says where it comes from.
public struct ResourceParameter: Sendable, Hashable {
    /// Where a value comes from.
    public enum Source: String, Sendable, Hashable {
        /// An identifier of the resource (`name`).
        case identifier
        /// The resource's loaded data, searched with `path`.
        case data
        /// A constant string (`value`).
        case string
        /// A constant integer (`value`).
        case integer
        /// A constant boolean (`value`).
        case boolean
        /// Given by the caller (a keyword argument or a sub-resource argument).
        case input
        /// The operation's response, searched with `path`.
        case response
        /// The request parameters sent, searched with `path`.
        case requestParameter
    }

    /// The destination: a parameter path in requests, an identifier name in responses.
    public let target: ParameterTarget
    /// Where the value comes from.
    public let source: Source
    /// The identifier name for `.identifier` sources.
    public let name: String?
    /// The JMESPath expression for `.data`, `.response` and `.requestParameter` sources.
    public let path: JMESPathExpression?
    /// The constant for `.string`, `.integer` and `.boolean` sources.
    public let value: Document?

    /// Creates a parameter.
    public init(target: ParameterTarget, source: Source, name: String? = nil, path: JMESPathExpression? = nil, value: Document? = nil) {
        self.target = target
        self.source = source
        self.name = name
        self.path = path
        self.value = value
    }
}
