/// The `error` trait of an exception shape: its wire code and HTTP status.
public struct ErrorTrait: Sendable, Hashable {
    /// The error code sent on the wire, when it differs from the shape name.
    public let code: String?
    /// The HTTP status code the service answers with.
    public let httpStatusCode: Int?
    /// Whether the caller (not the service) is at fault.
    public let senderFault: Bool
}
