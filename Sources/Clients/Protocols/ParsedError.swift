/// A service error as a protocol parser reads it from an error response, shaped as botocore's.
public struct ParsedError: Sendable, Hashable {
    /// The error code (`NoSuchKey`, `ThrottlingException`, or the status code for bodiless errors).
    public var code: String
    /// The message; empty when the service gave none.
    public var message: String
    /// botocore's `response["Error"]`: `Code`, `Message` and whatever else the protocol puts there
    /// (`Type`, `BucketName`, `Resource`, ...).
    public var error: [String: Document]
    /// The members of the modeled error shape matching `code`, parsed from the body and headers.
    public var modeledFields: [String: Document]
    /// The request ID the service reported in the body, if any.
    public var requestID: String?

    /// Creates an error description.
    public init(code: String, message: String, error: [String: Document] = [:],
                modeledFields: [String: Document] = [:], requestID: String? = nil) {
        self.code = code
        self.message = message
        var error = error
        error["Code"] = .string(code)
        error["Message"] = .string(message)
        self.error = error
        self.modeledFields = modeledFields
        self.requestID = requestID
    }
}
