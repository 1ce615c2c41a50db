/// Python's notions the paginator rules are written in: truthiness, `len()`, slices.
extension PageCursor {
    static func search(_ expression: JMESPathExpression, _ page: Document) throws(PaginationError) -> Document {
        do {
            return try expression.search(page)
        } catch {
            throw PaginationError(.invalidModel, "the paginator expression '\(expression.expression)' failed on a page: \(error)")
        }
    }

    /// Python truthiness: `None`, `False`, zero, and empty strings, lists and maps are false.
    static func isTruthy(_ value: Document) -> Bool {
        switch value {
        case .null: return false
        case .bool(let flag): return flag
        case .int(let number): return number != 0
        case .double(let number): return number != 0
        case .string(let text): return !text.isEmpty
        case .blob(let data): return !data.isEmpty
        case .timestamp: return true
        case .list(let elements): return !elements.isEmpty
        case .map(let entries): return !entries.isEmpty
        }
    }

    /// `len()` of a result key's value; values without a length count as none.
    static func pythonLength(_ value: Document) -> Int {
        switch value {
        case .list(let elements): return elements.count
        case .string(let text): return text.unicodeScalars.count
        case .map(let entries): return entries.count
        default: return 0
        }
    }

    /// `value[:keep]` for lists and strings.
    static func prefix(_ value: Document, _ keep: Int) -> Document {
        switch value {
        case .list(let elements): return .list(Array(elements.prefix(max(0, keep))))
        case .string(let text):
            var kept = String.UnicodeScalarView()
            kept.append(contentsOf: text.unicodeScalars.prefix(max(0, keep)))
            return .string(String(kept))
        case .null: return .list([])
        default: return value
        }
    }

    /// The start index of Python's `sequence[start:]`.
    static func pythonSliceStart(_ start: Int, count: Int) -> Int {
        start >= 0 ? min(start, count) : max(0, count + start)
    }

    /// A token for messages, as botocore prints its dict.
    static func describe(_ token: PaginationToken) -> String {
        return "{" + token.entries.map { "'\($0.name)': \(Self.pythonRepr($0.value))" }.joined(separator: ", ") + "}"
    }

    private static func pythonRepr(_ value: Document) -> String {
        switch value {
        case .null: return "None"
        case .string(let text): return "'\(text)'"
        case .bool(let flag): return flag ? "True" : "False"
        default: return "\(value)"
        }
    }
}
