/// One modeled error of a service, as boto3's `client.exceptions.NoSuchKey`: a pattern that
/// matches the `ClientError` the service answers with that error.
///
/// ```swift
/// do { _ = try await s3c.getObject(Bucket: "b", Key: "missing") }
/// catch s3c.exceptions.NoSuchKey { /* matched */ }
/// catch let e as ClientError where e.matches(s3c.exceptions.NoSuchBucket) { }
/// ```
/// A name the model does not have gives a handle with `isModeled == false` and the closest
/// names in `suggestions`; it still matches a `ClientError` with that code (services answer
/// unmodeled codes too, S3's `AccessDenied`), and logs a warning when it is matched.
/// `ClientExceptions.named(_:)` throws for it instead.
public struct ModeledError: Sendable, Hashable, CustomStringConvertible {
    /// The service (`s3`).
    public let serviceName: String
    /// The error shape's name (`NoSuchKey`), or the name asked for when it is not modeled.
    public let name: String
    /// The code a `ClientError` of this error has: the shape's `error.code`, else its name.
    public let code: String
    /// Whether the service model has an error of this name.
    public let isModeled: Bool
    /// For a name the model does not have, its closest error names.
    public let suggestions: [String]

    /// Creates a handle (clients and the generated `Exceptions` namespaces make them).
    public init(serviceName: String, name: String, code: String, isModeled: Bool = true, suggestions: [String] = []) {
        self.serviceName = serviceName
        self.name = name
        self.code = code
        self.isModeled = isModeled
        self.suggestions = suggestions
    }

    /// Whether `error` is a `ClientError` of this error, as botocore picks the exception class:
    /// by its code, or for a query-compatible service whose shapes carry no query code (SQS) by
    /// the shape name kept in `QueryErrorCode` (`QueueDoesNotExist` when the code is
    /// `AWS.SimpleQueueService.NonExistentQueue`).
    public func matches(_ error: any Error) -> Bool {
        guard let error = error as? ClientError else { return false }
        if !isModeled {
            SDKLog.log(.warning, "\(description) is matched by code only: check the name")
        }
        return error.code == code || error.response["Error"]?["QueryErrorCode"]?.string == name
    }

    /// Lets a handle be a `catch` pattern: `catch s3c.exceptions.NoSuchKey { }`.
    public static func ~= (pattern: ModeledError, error: any Error) -> Bool { pattern.matches(error) }

    /// `s3.exceptions.NoSuchKey`, and what is wrong with a name the model does not have.
    public var description: String {
        guard !isModeled else { return "\(serviceName).exceptions.\(name)" }
        let hint = suggestions.isEmpty ? "" : " Did you mean: \(suggestions.joined(separator: ", "))?"
        return "\(serviceName).exceptions.\(name) (not a modeled error of \(serviceName).\(hint))"
    }
}
