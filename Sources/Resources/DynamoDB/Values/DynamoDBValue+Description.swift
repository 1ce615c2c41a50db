import Foundation

extension DynamoDBValue: CustomStringConvertible, CustomDebugStringConvertible {
    /// A compact, readable rendering close to JSON: maps with sorted keys, numbers as their exact
    /// text, binary as a byte count, sets tagged with their type (`SS["a", "b"]`, `NS[1, 2]`).
    public var description: String {
        var out = ""
        render(into: &out)
        return out
    }

    /// Same as `description`.
    public var debugDescription: String { description }

    private func render(into out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .string(let value): JSONWriter.appendQuoted(value, to: &out)
        case .number(let value): out += value.text
        case .binary(let value): out += "<\(value.count) bytes>"
        case .stringSet(let set): out += "SS" + set.description
        case .numberSet(let set): out += "NS" + set.description
        case .binarySet(let set): out += "BS" + set.description
        case .list(let elements):
            out += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { out += ", " }
                element.render(into: &out)
            }
            out += "]"
        case .map(let entries):
            out += "{"
            for (index, entry) in entries.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 { out += ", " }
                JSONWriter.appendQuoted(entry.key, to: &out)
                out += ": "
                entry.value.render(into: &out)
            }
            out += "}"
        }
    }

    /// One element of a set as `description` writes it.
    static func render(setElement element: some DynamoDBSetElement) -> String {
        switch element {
        case let text as String:
            var out = ""
            JSONWriter.appendQuoted(text, to: &out)
            return out
        case let data as Data: return "<\(data.count) bytes>"
        default: return "\(element)"
        }
    }
}
