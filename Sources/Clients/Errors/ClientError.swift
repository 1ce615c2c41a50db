/// An error answered by the service, as boto3's `botocore.exceptions.ClientError`.
///
/// ```swift
/// do { _ = try await s3.getObject(Bucket: "b", Key: "missing") }
/// catch let error as ClientError where error.code == "NoSuchKey" { ... }
/// ```
/// Modeled errors are matched by `code` (the shape name or its `error.code`), as boto3's
/// `client.exceptions.NoSuchKey` are.
public struct ClientError: Error, Sendable, CustomStringConvertible {
    /// The error code (`NoSuchKey`, `ThrottlingException`, or the HTTP status for bodiless errors such as HEAD's `404`).
    public let code: String
    /// The service's message (may be empty).
    public let message: String
    /// The HTTP status code.
    public let statusCode: Int
    /// The request ID, from the response headers or body.
    public let requestID: String?
    /// The API name of the operation that failed (`GetObject`).
    public let operation: String
    /// boto3's `error.response`: `{"Error": {"Code", "Message", ...}, "ResponseMetadata": {...}}`
    /// plus the members of the modeled error shape.
    public let response: Document

    /// Creates an error.
    public init(code: String, message: String, statusCode: Int, requestID: String?, operation: String, response: Document) {
        self.code = code
        self.message = message
        self.statusCode = statusCode
        self.requestID = requestID
        self.operation = operation
        self.response = response
    }

    /// The error shape name is the code for modeled errors: `error.isModeled("NoSuchKey")`.
    public func isCode(_ candidate: String) -> Bool { code == candidate }

    /// botocore's wording: "An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist."
    public var description: String {
        let retries = response["ResponseMetadata"]?["MaxAttemptsReached"]?.bool == true
            ? " (reached max retries: \((response["ResponseMetadata"]?["RetryAttempts"]?.int ?? 0)))" : ""
        return "An error occurred (\(code)) when calling the \(operation) operation\(retries): \(message.isEmpty ? "Unknown" : message)"
    }
}
