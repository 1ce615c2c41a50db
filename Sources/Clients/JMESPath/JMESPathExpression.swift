/// A compiled JMESPath expression: compile once, search many documents.
///
/// ```swift
/// let keys = try JMESPathExpression("Contents[].Key")
/// for page in pages { print(try keys.search(page)) }          // .list([.string("a.txt"), ...])
/// let cached = try JMESPathExpression.compile("Contents[].Key")   // from a shared cache
/// ```
/// The whole JMESPath language is supported, with every built-in function. Compile errors
/// (`syntax`, `unknown-function`, `invalid-arity`, a zero slice step's `invalid-value`) are thrown
/// by the initializer; `search` throws only for `invalid-type` arguments to functions.
/// Timestamps and blobs are strings for JMESPath's type rules (timestamps as ISO 8601 text,
/// blobs as base64), but timestamps compare and sort by time, also against ISO 8601 strings;
/// Document+JMESPathSemantics.swift has the details. `Document` maps are unordered, so
/// `keys()`, `values()` and `*` on a map list their entries in no particular order.
public struct JMESPathExpression: Sendable, Hashable, CustomStringConvertible {
    /// The expression's text.
    public let expression: String
    let root: JMESPathNode

    /// Compiles `expression`.
    public init(_ expression: String) throws(JMESPathError) {
        self.expression = expression
        do {
            root = try JMESPathParser.parse(expression)
        } catch {
            throw error.attaching(expression: expression)
        }
    }

    /// A compiled `expression` from a shared, bounded cache, compiling it on first use.
    /// Paginators and waiters call this with the same few strings over and over.
    public static func compile(_ expression: String) throws(JMESPathError) -> JMESPathExpression {
        try JMESPathCache.shared.expression(for: expression)
    }

    /// The result of this expression on `document` (`.null` when nothing matches).
    public func search(_ document: Document) throws(JMESPathError) -> Document {
        do {
            return try root.evaluate(document)
        } catch {
            throw error.attaching(expression: expression)
        }
    }

    /// The expression's text.
    public var description: String { expression }

    /// Expressions are equal when their text is.
    public static func == (lhs: JMESPathExpression, rhs: JMESPathExpression) -> Bool {
        lhs.expression == rhs.expression
    }

    /// Hashes the expression's text.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(expression)
    }
}
