import Foundation

extension JSONValue {
    /// A `Document` as JSON, map keys sorted (a `Document` map has no order of its own).
    init(resourceDocument document: Document) {
        switch document {
        case .null: self = .null
        case .bool(let value): self = .bool(value)
        case .int(let value): self = .int(value)
        case .double(let value): self = .double(value)
        case .string(let value): self = .string(value)
        case .blob(let value): self = .string(value.base64EncodedString())
        case .timestamp(let value): self = .double(value.timeIntervalSince1970)
        case .list(let values): self = .array(values.map(JSONValue.init(resourceDocument:)))
        case .map(let entries):
            self = .object(JSONObject(entries.keys.sorted().map { ($0, JSONValue(resourceDocument: entries[$0] ?? .null)) }))
        }
    }
}
