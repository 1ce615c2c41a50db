/// A function call's evaluated arguments, with accessors that check each argument's type.
///
/// An argument written as `&expression` stays unevaluated; the other arguments are evaluated on
/// the current value before the function runs.
struct JMESPathArguments {
    /// One argument.
    enum Argument {
        case value(Document)
        case expression(JMESPathNode)
    }

    let function: JMESPathFunction
    let values: [Argument]

    init(function: JMESPathFunction, nodes: [JMESPathNode], on value: Document) throws(JMESPathError) {
        self.function = function
        var values: [Argument] = []
        values.reserveCapacity(nodes.count)
        for node in nodes {
            if case .expressionReference(let inner) = node.kind {
                values.append(.expression(inner))
            } else {
                values.append(.value(try node.evaluate(value)))
            }
        }
        self.values = values
    }

    var count: Int { values.count }

    /// An `invalid-type` error for argument `index`.
    func typeError(_ index: Int, expected: String, got: String) -> JMESPathError {
        JMESPathError(.invalidType, "\(function.rawValue)() expects \(expected) as argument \(index + 1), but got \(got)")
    }

    private func describe(_ argument: Argument) -> String {
        switch argument {
        case .value(let value): return value.jmesPathType.rawValue
        case .expression: return "an expression reference"
        }
    }

    /// Argument `index` as a value of any type (not an expression reference).
    func any(_ index: Int) throws(JMESPathError) -> Document {
        guard case .value(let value) = values[index] else {
            throw typeError(index, expected: "a value", got: "an expression reference")
        }
        return value
    }

    /// Argument `index`, which must be of one of `types`.
    func value(_ index: Int, _ types: Document.JMESPathType...) throws(JMESPathError) -> Document {
        if case .value(let value) = values[index], types.contains(value.jmesPathType) { return value }
        throw typeError(index, expected: Self.list(types.map(\.rawValue)), got: describe(values[index]))
    }

    /// Argument `index` as a number.
    func number(_ index: Int) throws(JMESPathError) -> Document {
        try value(index, .number)
    }

    /// Argument `index` as the text of a string (a timestamp's ISO 8601 text, a blob's base64).
    func string(_ index: Int) throws(JMESPathError) -> String {
        if case .value(let value) = values[index], let text = value.jmesPathText { return text }
        throw typeError(index, expected: "a string", got: describe(values[index]))
    }

    /// Argument `index` as a list.
    func list(_ index: Int) throws(JMESPathError) -> [Document] {
        if case .value(.list(let elements)) = values[index] { return elements }
        throw typeError(index, expected: "an array", got: describe(values[index]))
    }

    /// Argument `index` as a map.
    func map(_ index: Int) throws(JMESPathError) -> [String: Document] {
        if case .value(.map(let entries)) = values[index] { return entries }
        throw typeError(index, expected: "an object", got: describe(values[index]))
    }

    /// Argument `index` as an expression reference.
    func expression(_ index: Int) throws(JMESPathError) -> JMESPathNode {
        if case .expression(let node) = values[index] { return node }
        throw typeError(index, expected: "an expression reference (&expression)", got: describe(values[index]))
    }

    /// Argument `index` as a list whose elements are all numbers or all strings; the type says
    /// which of the two they are (nil for an empty list).
    func comparableList(_ index: Int) throws(JMESPathError) -> (elements: [Document], type: Document.JMESPathType?) {
        let elements = try list(index)
        guard let type = Self.commonComparableType(elements) else { return (elements, nil) }
        guard type != .null else {
            throw typeError(index, expected: "an array of numbers or an array of strings", got: "an array of mixed or other types")
        }
        return (elements, type)
    }

    /// `.number` or `.string` when every value has that type, nil when there are none, `.null` otherwise.
    static func commonComparableType(_ values: [Document]) -> Document.JMESPathType? {
        guard let first = values.first?.jmesPathType else { return nil }
        guard first == .number || first == .string else { return .null }
        for value in values where value.jmesPathType != first { return .null }
        return first
    }

    static func list(_ names: [String]) -> String {
        let withArticles = names.map { ($0.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + $0 }
        guard withArticles.count > 1, let last = withArticles.last else { return withArticles.first ?? "" }
        return withArticles.dropLast().joined(separator: ", ") + " or " + last
    }
}
