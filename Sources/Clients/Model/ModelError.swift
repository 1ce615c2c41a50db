/// A service or resource model that cannot be used: what is wrong and where in the JSON.
public struct ModelError: Error, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public enum Code: Sendable, Hashable {
        /// A required key is missing or has the wrong JSON type.
        case invalidDefinition
        /// A member, list or map refers to a shape that the model does not define.
        case unknownShape
        /// No operation of that name.
        case unknownOperation
        /// A shape type the SDK does not know.
        case unknownShapeType
    }

    /// What kind of problem this is.
    public let code: Code
    /// A sentence saying what is wrong and what to do.
    public let message: String
    /// The JSON path of the offending value (`shapes.PutObjectRequest.members.Bucket`), when known.
    public let path: String?

    /// Creates an error.
    public init(_ code: Code, _ message: String, path: String? = nil) {
        self.code = code
        self.message = message
        self.path = path
    }

    /// The message, followed by the JSON path when known.
    public var description: String {
        path.map { "\(message) (at \($0))" } ?? message
    }
}
