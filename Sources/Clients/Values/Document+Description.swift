import Foundation

extension Document: CustomStringConvertible, CustomDebugStringConvertible {
    /// A compact, readable rendering close to JSON: maps with sorted keys, blobs as a byte count,
    /// timestamps in ISO 8601.
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
        case .int(let value): out += String(value)
        case .double(let value): out += JSONWriter.format(double: value)
        case .string(let value): JSONWriter.appendQuoted(value, to: &out)
        case .blob(let value): out += "<\(value.count) bytes>"
        case .timestamp(let value): out += TimestampFormat.iso8601.format(value)
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
}
