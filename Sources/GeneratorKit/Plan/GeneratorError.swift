/// The generator cannot proceed: a model it cannot express, a file it cannot write, a bad argument.
public struct GeneratorError: Error, Sendable, CustomStringConvertible {
    /// What went wrong and what to do.
    public let message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
