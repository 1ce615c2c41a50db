/// Where a member of an input or output structure goes on the HTTP message (`location` trait).
public enum ShapeLocation: String, Sendable {
    /// One HTTP header named by `locationName`.
    case header
    /// Every header starting with the `locationName` prefix (a map).
    case headers
    /// A query-string parameter (or, for a map, one parameter per entry).
    case querystring
    /// A `{label}` in the request URI.
    case uri
    /// The HTTP status code of the response.
    case statusCode
}
