/// Python's `==` and `str()` on decoded JSON, which botocore's waiter matchers use: numbers
/// compare across int and float, booleans equal 1 and 0, and nothing else crosses types.
enum PythonEquality {
    static func equal(_ lhs: Document, _ rhs: Document) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.string(let a), .string(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.blob(let a), .blob(let b)): return a == b
        case (.timestamp(let a), .timestamp(let b)): return a == b
        case (.list(let a), .list(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { equal($0, $1) }
        case (.map(let a), .map(let b)):
            return a.count == b.count && a.allSatisfy { key, value in b[key].map { equal(value, $0) } ?? false }
        default:
            guard let a = number(lhs), let b = number(rhs) else { return false }
            return a == b
        }
    }

    private static func number(_ value: Document) -> Double? {
        switch value {
        case .bool(let flag): return flag ? 1 : 0
        case .int(let number): return Double(number)
        case .double(let number): return number
        default: return nil
        }
    }

    /// Python's `str()` of an expected value (`True`, `200`, `ACTIVE`).
    static func str(_ value: Document) -> String {
        switch value {
        case .null: return "None"
        case .bool(let flag): return flag ? "True" : "False"
        case .int(let number): return String(number)
        case .double(let number): return JSONWriter.format(double: number)
        case .string(let text): return text
        default: return "\(value)"
        }
    }
}
