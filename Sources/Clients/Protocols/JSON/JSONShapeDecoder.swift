import Foundation

/// Reads a parsed JSON body into a `Document`, typed by shape, as botocore's `BaseJSONParser`:
/// members found under their `locationName`, unknown keys ignored, `null` members left out,
/// timestamps from epoch numbers or strings, blobs from base64, documents as plain values.
package enum JSONShapeDecoder {
    /// Parses `body` (empty means `{}`) and decodes it as `shape`.
    package static func decode(_ body: Data, shape: Shape) throws -> Document {
        guard !body.isEmpty else { return .map([:]) }
        let json: JSONValue
        do {
            json = try JSONValue.parse(body)
        } catch {
            throw ProtocolError(.malformedResponse, "the response body is not valid JSON (\(error)); "
                                + "body starts with: \(String(decoding: body.prefix(120), as: UTF8.self))")
        }
        return try decode(json, shape: shape)
    }

    /// Decodes a parsed JSON value as `shape`. Scalars of an unexpected JSON type are kept as they
    /// are (botocore passes them through); a structure, list or map of the wrong type is an error.
    package static func decode(_ value: JSONValue, shape: Shape) throws -> Document {
        try decode(value, shape: shape, path: shape.name)
    }

    /// Decodes `value` as `shape`. `path` names the value in error messages; it is built only when
    /// an error is thrown.
    static func decode(_ value: JSONValue, shape: Shape, path: @autoclosure () -> String) throws -> Document {
        if case .null = value { return .null }
        if shape.isDocument { return value.document }
        switch shape.type {
        case .structure:
            guard case .object(let object) = value else { throw mismatch(path(), "an object", value) }
            return try decodeStructure(object, shape: shape, path: path())
        case .list:
            guard case .array(let elements) = value else { throw mismatch(path(), "an array", value) }
            guard let memberShape = shape.listMember else { return value.document }
            var result: [Document] = []
            result.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() {
                result.append(try decode(element, shape: memberShape, path: "\(path())[\(index)]"))
            }
            return .list(result)
        case .map:
            guard case .object(let object) = value else { throw mismatch(path(), "an object", value) }
            guard let valueShape = shape.mapValue else { return value.document }
            var result = [String: Document](minimumCapacity: object.count)
            for (key, entry) in object.pairs {
                result[key] = try decode(entry, shape: valueShape, path: "\(path()).\(key)")
            }
            return .map(result)
        case .timestamp:
            return .timestamp(try timestamp(value, path: path()))
        case .blob:
            guard case .string(let text) = value else { return value.document }
            guard let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters) else {
                throw ProtocolError(.malformedResponse, "\(path()): '\(text.prefix(60))' is not valid base64")
            }
            return .blob(data)
        case .boolean:
            switch value {
            case .bool(let flag): return .bool(flag)
            case .string(let text): return .bool(text.lowercased() == "true")
            default: return value.document
            }
        case .float, .double, .bigDecimal:
            switch value {
            case .double(let number): return .double(number)
            case .int(let number): return .double(Double(number))
            case .string(let text):
                return (specialDouble(text) ?? Double(text)).map(Document.double) ?? .string(text)
            default: return value.document
            }
        case .byte, .short, .integer, .long, .bigInteger:
            switch value {
            case .int(let number): return .int(number)
            case .double(let number): return Int(exactly: number).map(Document.int) ?? .double(number)
            case .string(let text):
                return Int(text).map(Document.int) ?? .string(text)
            default: return value.document
            }
        case .string:
            guard case .string(let text) = value else { return value.document }
            return .string(text)
        case .document:
            return value.document
        }
    }

    static func decodeStructure(_ object: JSONObject, shape: Shape, path: @autoclosure () -> String) throws -> Document {
        if shape.isUnion, let unknown = try unknownUnionMember(object, shape: shape, path: path()) {
            return ["SDK_UNKNOWN_MEMBER": ["name": .string(unknown)]]
        }
        let layout = JSONStructureLayout.of(shape)
        let members = layout.members
        var result = [String: Document](minimumCapacity: min(members.count, object.count))
        guard object.count <= members.count else {
            for (name, memberShape) in members {
                guard let raw = object[memberShape.locationName ?? name], !raw.isNull else { continue }
                result[name] = try decode(raw, shape: memberShape, path: "\(path()).\(name)")
            }
            return .map(result)
        }
        // Fewer keys than members (the usual case): look each key up, then decode in model order.
        try withUnsafeTemporaryAllocation(of: JSONValue?.self, capacity: members.count) { found in
            found.initialize(repeating: nil)
            defer { found.deinitialize() }
            for (key, raw) in object.values where !raw.isNull {
                var position = layout.keys.first(key)
                while position >= 0 {
                    found[position] = raw
                    position = layout.keys.next(after: position)
                }
            }
            for position in members.indices {
                guard let raw = found[position] else { continue }
                let (name, memberShape) = members[position]
                result[name] = try decode(raw, shape: memberShape, path: "\(path()).\(name)")
            }
        }
        return .map(result)
    }

    /// The tag of a union value whose member this model does not know, as botocore reports it.
    static func unknownUnionMember(_ object: JSONObject, shape: Shape, path: @autoclosure () -> String) throws -> String? {
        let set = object.pairs.filter { $0.key != "__type" && !$0.value.isNull }
        guard set.count == 1, let tag = set.first?.key else {
            throw ProtocolError(.malformedResponse, "\(path()): a union must have exactly one member set, found \(set.count)")
        }
        let known = shape.members.contains { ($0.shape.locationName ?? $0.name) == tag }
        return known ? nil : tag
    }

    static func timestamp(_ value: JSONValue, path: @autoclosure () -> String) throws -> Date {
        switch value {
        case .int(let seconds):
            guard let date = TimestampRange.date(epochSeconds: Double(seconds)) else { throw outOfRange(path(), seconds) }
            return date
        case .double(let seconds):
            guard let date = TimestampRange.date(epochSeconds: seconds) else { throw outOfRange(path(), seconds) }
            return date
        case .string(let text):
            guard let date = TimestampFormat.parse(text) else {
                throw ProtocolError(.malformedResponse, "\(path()): '\(text.prefix(60))' is not a timestamp")
            }
            return date
        default: throw mismatch(path(), "a timestamp", value)
        }
    }

    /// A timestamp number no calendar date matches (years 1 to 9999), as botocore rejects it.
    private static func outOfRange(_ path: String, _ seconds: some Numeric) -> ProtocolError {
        ProtocolError(.malformedResponse, "\(path): \(seconds) seconds since 1970 is not a timestamp between years 1 and 9999")
    }

    /// `NaN`, `Infinity` and `-Infinity`, the strings JSON protocols use for non-finite numbers.
    package static func specialDouble(_ text: String) -> Double? {
        switch text {
        case "NaN": return .nan
        case "Infinity": return .infinity
        case "-Infinity": return -.infinity
        default: return nil
        }
    }

    static func mismatch(_ path: String, _ expected: String, _ value: JSONValue) -> ProtocolError {
        var text = ""
        JSONWriter.write(value, to: &text)
        return ProtocolError(.malformedResponse, "\(path): expected \(expected) in the response, got \(text.prefix(80))")
    }
}
