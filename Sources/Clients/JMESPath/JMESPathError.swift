/// An error compiling or evaluating a JMESPath expression.
///
/// The `code` says which kind of error the JMESPath specification calls it (the compliance suite's
/// `syntax`, `invalid-type`, `invalid-arity`, `unknown-function`, `invalid-value`):
/// ```swift
/// do { _ = try JMESPathExpression("foo[") }
/// catch { print(error.code, error.position ?? -1, error.message) }   // syntax 4 ...
/// ```
public struct JMESPathError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kinds of JMESPath errors.
    public enum Code: String, Sendable, Hashable, CaseIterable {
        /// The expression is not valid JMESPath (also unknown tokens and too-deep nesting).
        case syntax
        /// A function got an argument of the wrong type.
        case invalidType = "invalid-type"
        /// A function got the wrong number of arguments.
        case invalidArity = "invalid-arity"
        /// The expression calls a function that does not exist.
        case unknownFunction = "unknown-function"
        /// A value is out of its allowed range (a slice step of 0).
        case invalidValue = "invalid-value"
    }

    /// The kind of error.
    public let code: Code
    /// What went wrong and what to do about it.
    public let message: String
    /// The offset in the expression's UTF-8 bytes where a syntax error was found.
    public let position: Int?
    /// The expression's text, when known.
    public let expression: String?

    /// Creates an error.
    public init(_ code: Code, _ message: String, position: Int? = nil, expression: String? = nil) {
        self.code = code
        self.message = message
        self.position = position
        self.expression = expression
    }

    /// The same error, naming the expression it comes from.
    func attaching(expression text: String) -> JMESPathError {
        JMESPathError(code, message, position: position, expression: text)
    }

    /// `JMESPath syntax error at 4 in "foo[": ...`.
    public var description: String {
        var text = "JMESPath \(code.rawValue) error"
        if let position { text += " at \(position)" }
        if let expression { text += " in \"\(expression)\"" }
        return text + ": " + message
    }
}
