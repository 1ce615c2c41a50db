import Foundation

/// Writes request parameters as CBOR, guided by the input shape, making the choices botocore's
/// `RpcV2CBORSerializer` makes: members in model order under their serialized names, `null`
/// members left out, `float` as single and `double` as double precision, NaN and the infinities
/// as half precision, timestamps as tag 1 with whole epoch seconds, blobs as byte strings.
struct CBORBodyWriter {
    /// The bytes written so far.
    private(set) var encoder = CBOREncoder()

    /// Writes `value` as `shape`; `path` names the parameter in errors.
    mutating func write(_ value: Document, shape: Shape, path: String) throws(ProtocolError) {
        if shape.isDocument || shape.type == .document {
            writeDocument(value)
            return
        }
        switch shape.type {
        case .structure: try writeStructure(value, shape: shape, path: path)
        case .list:
            guard case .list(let elements) = value else { throw mismatch(value, expected: "a list", path: path) }
            encoder.beginArray(count: elements.count)
            for (index, element) in elements.enumerated() {
                if element.isNull {
                    encoder.encodeNull()
                } else if let member = shape.listMember {
                    try write(element, shape: member, path: "\(path)[\(index)]")
                } else {
                    writeDocument(element)
                }
            }
        case .map: try writeMap(value, shape: shape, path: path)
        case .string:
            guard case .string(let text) = value else { throw mismatch(value, expected: "a string", path: path) }
            encoder.encodeText(text)
        case .boolean:
            guard case .bool(let flag) = value else { throw mismatch(value, expected: "a boolean", path: path) }
            encoder.encodeBool(flag)
        case .byte, .short, .integer, .long, .bigInteger:
            guard let number = Self.integer(value) else { throw mismatch(value, expected: "an integer", path: path) }
            encoder.encodeInt(number)
        case .float:
            guard let number = Self.floatingPoint(value) else { throw mismatch(value, expected: "a number", path: path) }
            if number.isFinite { encoder.encodeFloat32(Float(number)) } else { encoder.encodeFloat16(number) }
        case .double, .bigDecimal:
            guard let number = Self.floatingPoint(value) else { throw mismatch(value, expected: "a number", path: path) }
            writeDouble(number)
        case .blob:
            guard let data = value.blobValue else { throw mismatch(value, expected: "bytes or a string", path: path) }
            encoder.encodeBytes(data)
        case .timestamp:
            guard let date = value.timestampValue else { throw mismatch(value, expected: "a timestamp", path: path) }
            writeTimestamp(date)
        case .document:
            writeDocument(value)
        }
    }

    private mutating func writeStructure(_ value: Document, shape: Shape, path: String) throws(ProtocolError) {
        guard case .map(let entries) = value else { throw mismatch(value, expected: "a structure (map)", path: path) }
        var present: [(name: String, shape: Shape, value: Document)] = []
        present.reserveCapacity(entries.count)
        for (name, member) in shape.members {
            if let memberValue = entries[name], !memberValue.isNull { present.append((name, member, memberValue)) }
        }
        let givenCount = entries.values.reduce(0) { $0 + ($1.isNull ? 0 : 1) }
        if present.count < givenCount {
            let unknown = entries.keys.filter { shape.member($0) == nil }.sorted()
            throw ProtocolError(.serialization, "\(describe(path)) has no member named \(unknown.joined(separator: ", ")); "
                                + "valid names: \(shape.memberNames.joined(separator: ", "))")
        }
        encoder.beginMap(count: present.count)
        for (name, member, memberValue) in present {
            encoder.encodeText(member.locationName ?? name)
            try write(memberValue, shape: member, path: path.isEmpty ? name : "\(path).\(name)")
        }
    }

    private mutating func writeMap(_ value: Document, shape: Shape, path: String) throws(ProtocolError) {
        guard case .map(let entries) = value else { throw mismatch(value, expected: "a map", path: path) }
        // Sorted so that the same parameters always give the same bytes (and signature).
        let keys = entries.compactMap { $0.value.isNull ? nil : $0.key }.sorted()
        encoder.beginMap(count: keys.count)
        for key in keys {
            encoder.encodeText(key)
            guard let entry = entries[key] else { continue }
            if let valueShape = shape.mapValue {
                try write(entry, shape: valueShape, path: "\(path)[\(key.debugDescription)]")
            } else {
                writeDocument(entry)
            }
        }
    }

    private mutating func writeDouble(_ number: Double) {
        if number.isFinite { encoder.encodeFloat64(number) } else { encoder.encodeFloat16(number) }
    }

    /// Tag 1 with whole epoch seconds, rounded down as botocore's `calendar.timegm` does.
    private mutating func writeTimestamp(_ date: Date) {
        encoder.encodeTag(CBORValue.epochDateTimeTag)
        let seconds = date.timeIntervalSince1970.rounded(.down)
        if let whole = Int(exactly: seconds) { encoder.encodeInt(whole) } else { writeDouble(seconds) }
    }

    /// A value of a document-typed member, or one without a shape: written by its own type.
    private mutating func writeDocument(_ value: Document) {
        switch value {
        case .null: encoder.encodeNull()
        case .bool(let flag): encoder.encodeBool(flag)
        case .int(let number): encoder.encodeInt(number)
        case .double(let number): writeDouble(number)
        case .string(let text): encoder.encodeText(text)
        case .blob(let data): encoder.encodeBytes(data)
        case .timestamp(let date): writeTimestamp(date)
        case .list(let elements):
            encoder.beginArray(count: elements.count)
            for element in elements { writeDocument(element) }
        case .map(let entries):
            encoder.beginMap(count: entries.count)
            for key in entries.keys.sorted() {
                encoder.encodeText(key)
                writeDocument(entries[key] ?? .null)
            }
        }
    }

    /// An integral value: an `.int`, or a `.double` with no fraction that fits `Int`.
    private static func integer(_ value: Document) -> Int? {
        switch value {
        case .int(let number): return number
        case .double(let number): return Int(exactly: number)
        default: return nil
        }
    }

    /// A number, accepting the names the protocol suites use for the special values.
    private static func floatingPoint(_ value: Document) -> Double? {
        switch value {
        case .int(let number): return Double(number)
        case .double(let number): return number
        case .string("NaN"): return .nan
        case .string("Infinity"): return .infinity
        case .string("-Infinity"): return -.infinity
        default: return nil
        }
    }

    private func describe(_ path: String) -> String { path.isEmpty ? "the input" : "parameter \(path)" }

    private func mismatch(_ value: Document, expected: String, path: String) -> ProtocolError {
        ProtocolError(.serialization, "\(describe(path)) must be \(expected), not \(value)")
    }
}
