import Foundation

/// Writes a `Document` as a JSON body, guided by its shape, as botocore's `JSONSerializer` does:
/// members under their `locationName`, timestamps as epoch seconds unless the shape says otherwise,
/// blobs as base64, documents as they are, NaN and infinities as strings, `null` members left out
/// (but for document members, whose `null` is a value botocore writes).
package enum JSONShapeEncoder {
    /// Deeper nesting than this is refused rather than risking the stack.
    package static let maximumDepth = 256

    /// The JSON bytes of `value` written as `shape` (a structure, usually an input shape), with
    /// timestamps at `timestampPrecision` (botocore's serializer `timestamp_precision`).
    package static func encode(_ value: Document, shape: Shape, timestampPrecision: TimestampFormat.Precision = .standard) throws -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        try write(value, shape: shape, path: shape.name, depth: 0, precision: timestampPrecision, to: &out)
        return Data(out)
    }

    /// Writes `value` as `shape`. `path` names the value in error messages; it is built only when
    /// an error is thrown (building it for every member cost more than writing the member).
    static func write(_ value: Document, shape: Shape, path: @autoclosure () -> String, depth: Int,
                      precision: TimestampFormat.Precision = .standard, to out: inout [UInt8]) throws {
        guard depth < maximumDepth else {
            throw ProtocolError(.serialization, "\(path()): parameters nest deeper than \(maximumDepth) levels")
        }
        if case .null = value {
            JSONWriter.appendASCII("null", to: &out)
            return
        }
        if shape.isDocument {
            try writeDocument(value, path: path(), depth: depth, to: &out)
            return
        }
        switch shape.type {
        case .structure:
            guard case .map(let members) = value else { throw mismatch(path(), "a structure (map)", value) }
            try writeStructure(members, shape: shape, path: path(), depth: depth, precision: precision, to: &out)
        case .list:
            guard case .list(let elements) = value else { throw mismatch(path(), "a list", value) }
            guard let memberShape = shape.listMember else { throw missingShape(path(), "list member") }
            out.append(UInt8(ascii: "["))
            for index in elements.indices {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                try write(elements[index], shape: memberShape, path: "\(path())[\(index)]", depth: depth + 1, precision: precision, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .map:
            guard case .map(let entries) = value else { throw mismatch(path(), "a map", value) }
            guard let valueShape = shape.mapValue else { throw missingShape(path(), "map value") }
            out.append(UInt8(ascii: "{"))
            for (index, key) in entries.keys.sorted().enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONWriter.appendQuoted(key, to: &out)
                out.append(UInt8(ascii: ":"))
                try write(entries[key] ?? .null, shape: valueShape, path: "\(path()).\(key)", depth: depth + 1, precision: precision,
                          to: &out)
            }
            out.append(UInt8(ascii: "}"))
        case .timestamp:
            guard let date = value.timestampValue else { throw mismatch(path(), "a timestamp", value) }
            let format = shape.timestampFormat ?? .epochSeconds
            let text = format.format(date, precision: precision)
            if format == .epochSeconds { JSONWriter.append(text, to: &out) } else { JSONWriter.appendQuoted(text, to: &out) }
        case .blob:
            guard let data = value.blobValue else { throw mismatch(path(), "bytes", value) }
            JSONWriter.appendQuotedBase64(data, to: &out)
        case .boolean:
            guard case .bool(let flag) = value else { throw mismatch(path(), "a boolean", value) }
            flag ? JSONWriter.appendASCII("true", to: &out) : JSONWriter.appendASCII("false", to: &out)
        case .float, .double, .bigDecimal:
            switch value {
            case .double(let number):
                if number.isFinite { JSONWriter.append(number, to: &out) } else {
                    JSONWriter.appendQuoted(JSONWriter.format(double: number), to: &out)
                }
            case .int(let number): JSONWriter.append(number, to: &out)
            case .string(let text): JSONWriter.appendQuoted(text, to: &out)
            default: throw mismatch(path(), "a number", value)
            }
        case .byte, .short, .integer, .long, .bigInteger:
            switch value {
            case .int(let number): JSONWriter.append(number, to: &out)
            case .double(let number) where number.isFinite: JSONWriter.append(number, to: &out)
            default: throw mismatch(path(), "an integer", value)
            }
        case .string:
            if case .string(let text) = value {
                JSONWriter.appendQuoted(text, to: &out)
            } else {
                guard let text = value.scalarText else { throw mismatch(path(), "a string", value) }
                JSONWriter.appendQuoted(text, to: &out)
            }
        case .document:
            try writeDocument(value, path: path(), depth: depth, to: &out)
        }
    }

    static func writeStructure(_ values: [String: Document], shape: Shape, path: @autoclosure () -> String, depth: Int,
                               precision: TimestampFormat.Precision = .standard, to out: inout [UInt8]) throws {
        out.append(UInt8(ascii: "{"))
        var first = true
        // The members `values` sets, in model order (looked up from the smaller side).
        let present = shape.presentMembers(of: values)
        for (name, memberShape, memberValue) in present {
            if case .null = memberValue, !isDocument(memberShape) { continue }
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            JSONWriter.appendQuoted(memberShape.locationName ?? name, to: &out)
            out.append(UInt8(ascii: ":"))
            try write(memberValue, shape: memberShape, path: "\(path()).\(name)", depth: depth + 1, precision: precision, to: &out)
        }
        out.append(UInt8(ascii: "}"))
        if present.count < values.count {
            throw unknownMember(in: values, shape: shape, path: path())
        }
    }

    /// Whether `shape` is a document, where `null` is a value rather than an unset member.
    package static func isDocument(_ shape: Shape) -> Bool {
        shape.isDocument || shape.type == .document
    }

    /// A document member: its value as plain JSON (maps with sorted keys).
    static func writeDocument(_ value: Document, path: @autoclosure () -> String, depth: Int, to out: inout [UInt8]) throws {
        guard depth < maximumDepth else {
            throw ProtocolError(.serialization, "\(path()): the document nests deeper than \(maximumDepth) levels")
        }
        switch value {
        case .list(let elements):
            out.append(UInt8(ascii: "["))
            for index in elements.indices {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                try writeDocument(elements[index], path: path(), depth: depth + 1, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .map(let entries):
            out.append(UInt8(ascii: "{"))
            for (index, key) in entries.keys.sorted().enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONWriter.appendQuoted(key, to: &out)
                out.append(UInt8(ascii: ":"))
                try writeDocument(entries[key] ?? .null, path: path(), depth: depth + 1, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        case .double(let number) where !number.isFinite:
            JSONWriter.appendQuoted(JSONWriter.format(double: number), to: &out)
        default:
            JSONWriter.write(value, to: &out)
        }
    }

    static func mismatch(_ path: String, _ expected: String, _ value: Document) -> ProtocolError {
        ProtocolError(.serialization, "\(path): expected \(expected), got \(value); pass a value of the member's type")
    }

    static func missingShape(_ path: String, _ what: String) -> ProtocolError {
        ProtocolError(.serialization, "\(path): the model does not define the \(what) shape")
    }

    static func unknownMember(in values: [String: Document], shape: Shape, path: String) -> ProtocolError {
        let names = shape.memberNames
        let unknown = values.keys.filter { shape.member($0) == nil }.sorted()
        let name = unknown.first ?? "?"
        let suggestions = ClosestNames.find(name, in: names)
        let hint = suggestions.isEmpty ? "valid names: \(names.joined(separator: ", "))"
            : "did you mean \(suggestions.joined(separator: ", "))?"
        return ProtocolError(.serialization, "\(path): unknown parameter \(name); \(hint)")
    }
}
