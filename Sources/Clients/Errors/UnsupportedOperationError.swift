/// A call to an operation the service has but this SDK cannot make.
///
/// ```swift
/// do { _ = try await lex.startConversation(...) }
/// catch let error as UnsupportedOperationError where error.code == .bidirectionalStream { ... }
/// ```
public struct UnsupportedOperationError: Error, Sendable, CustomStringConvertible {
    /// Why the operation cannot be called.
    public enum Code: Sendable, Hashable {
        /// It streams events both ways over HTTP/2 (Lex V2 `StartConversation`, Q Business `Chat`, ...).
        case bidirectionalStream
    }

    /// Why the operation cannot be called.
    public let code: Code
    /// The service name (`lexv2-runtime`).
    public let service: String
    /// The operation's API name (`StartConversation`).
    public let operation: String
    /// What went wrong and what to do instead.
    public let message: String

    /// Creates an error.
    public init(_ code: Code, service: String, operation: String, _ message: String) {
        self.code = code
        self.service = service
        self.operation = operation
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
