import Foundation

extension CBORValue {
    /// The item as a `Document` without a shape to guide it: integers as `.int` (beyond `Int`'s
    /// range as `.double`), floats as `.double`, byte strings as `.blob`, tag 1 as `.timestamp`,
    /// other tags as their content, `null`/`undefined` as `.null`, map keys as text. Map entries
    /// whose value is `null` are dropped, as botocore's CBOR parser drops them.
    package var documentValue: Document {
        switch self {
        case .unsigned, .negative:
            return int.map(Document.int) ?? .double(number ?? 0)
        case .float16(let value), .float64(let value): return .double(value)
        case .float32(let value): return .double(Double(value))
        case .bytes(let data): return .blob(data)
        case .text(let text): return .string(text)
        case .bool(let flag): return .bool(flag)
        case .null, .undefined, .simple: return .null
        case .array(let elements): return .list(elements.map(\.documentValue))
        case .map(let entries):
            var result: [String: Document] = [:]
            result.reserveCapacity(entries.count)
            for entry in entries where !entry.value.isNullOrUndefined {
                result[entry.key.keyText] = entry.value.documentValue
            }
            return .map(result)
        case .tagged(let tag, let inner):
            if tag == Self.epochDateTimeTag, let date = inner.epochDate { return .timestamp(date) }
            return inner.documentValue
        }
    }

    /// The date of an epoch-seconds number (the content of tag 1); `nil` when it is not a number
    /// or out of `TimestampRange`.
    package var epochDate: Date? {
        number.flatMap(TimestampRange.date(epochSeconds:))
    }

    /// A map key as text: text keys as they are, anything else in diagnostic notation.
    package var keyText: String {
        if case .text(let text) = self { return text }
        return description
    }
}
