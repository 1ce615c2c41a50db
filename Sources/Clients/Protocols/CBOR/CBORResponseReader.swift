import Foundation

/// Turns a decoded CBOR response into a `Document` shaped by the output (or error) shape, as
/// botocore's `RpcV2CBORParser` does: structure members by name with `null` ones left out and
/// unknown keys ignored, `null` map values dropped, `null` list elements kept, tag 1 as a
/// timestamp. Scalars of an unexpected type are kept as they are, as botocore keeps them.
struct CBORResponseReader {
    /// Reads `item` as `shape`; `path` names the place in errors.
    func read(_ item: CBORValue, shape: Shape, path: String) throws(ProtocolError) -> Document {
        if case .tagged(let tag, let inner) = item {
            if tag == CBORValue.epochDateTimeTag {
                if let date = inner.epochDate { return .timestamp(date) }
                if let seconds = inner.number { throw outOfRange(seconds, path: path) }
            }
            return try read(inner, shape: shape, path: path)
        }
        if item.isNullOrUndefined { return .null }
        if shape.isDocument || shape.type == .document { return item.documentValue }
        switch shape.type {
        case .structure: return try readStructure(item, shape: shape, path: path)
        case .list:
            guard case .array(let elements) = item else { throw mismatch(item, expected: "an array", path: path) }
            guard let member = shape.listMember else { return item.documentValue }
            var result: [Document] = []
            result.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() {
                result.append(try read(element, shape: member, path: "\(path)[\(index)]"))
            }
            return .list(result)
        case .map:
            guard case .map(let entries) = item else { throw mismatch(item, expected: "a map", path: path) }
            guard let valueShape = shape.mapValue else { return item.documentValue }
            var result: [String: Document] = [:]
            result.reserveCapacity(entries.count)
            for entry in entries where !entry.value.isNullOrUndefined {
                let key = entry.key.keyText
                result[key] = try read(entry.value, shape: valueShape, path: "\(path)[\(key.debugDescription)]")
            }
            return .map(result)
        case .byte, .short, .integer, .long, .bigInteger:
            switch item {
            case .unsigned, .negative:
                guard let number = item.int else {
                    throw ProtocolError(.malformedResponse, "\(describe(path)): \(item) does not fit a 64-bit signed integer")
                }
                return .int(number)
            case .float16, .float32, .float64:
                let number = item.number ?? 0
                return Int(exactly: number).map(Document.int) ?? .double(number)
            default:
                return item.documentValue
            }
        case .float, .double, .bigDecimal:
            return item.number.map(Document.double) ?? item.documentValue
        case .blob:
            if case .text(let text) = item { return .blob(Data(text.utf8)) }
            return item.documentValue
        case .timestamp:
            if let date = item.epochDate { return .timestamp(date) }
            if let seconds = item.number { throw outOfRange(seconds, path: path) }
            if case .text(let text) = item, let date = TimestampFormat.parse(text) { return .timestamp(date) }
            return item.documentValue
        case .string, .boolean, .document:
            return item.documentValue
        }
    }

    private func readStructure(_ item: CBORValue, shape: Shape, path: String) throws(ProtocolError) -> Document {
        guard case .map(let entries) = item else { throw mismatch(item, expected: "a map", path: path) }
        var byName: [String: CBORValue] = [:]
        byName.reserveCapacity(entries.count)
        for entry in entries where !entry.value.isNullOrUndefined {
            if case .text(let key) = entry.key { byName[key] = entry.value }
        }
        if shape.isUnion {
            let setCount = byName.keys.reduce(0) { $0 + ($1 == "__type" ? 0 : 1) }
            guard setCount == 1 else {
                throw ProtocolError(.malformedResponse,
                                    "invalid service response: the union \(shape.name) at \(describe(path)) must have exactly one member set, found \(setCount)")
            }
        }
        var result: [String: Document] = [:]
        for (name, member) in shape.members {
            guard let value = byName[name] else { continue }
            let parsed = try read(value, shape: member, path: path.isEmpty ? name : "\(path).\(name)")
            if !parsed.isNull { result[name] = parsed }
        }
        return .map(result)
    }

    private func describe(_ path: String) -> String { path.isEmpty ? "the response body" : path }

    /// A timestamp number no calendar date matches (years 1 to 9999), as botocore rejects it.
    private func outOfRange(_ seconds: Double, path: String) -> ProtocolError {
        ProtocolError(.malformedResponse, "\(describe(path)): \(seconds) seconds since 1970 is not a timestamp between years 1 and 9999")
    }

    private func mismatch(_ item: CBORValue, expected: String, path: String) -> ProtocolError {
        ProtocolError(.malformedResponse, "\(describe(path)) should be \(expected) in the CBOR response, found \(item)")
    }
}
