import Foundation

/// Checks parameters against an input shape before anything is sent, as botocore's
/// `ParamValidator`: required members, unknown members (with the closest valid names), types,
/// minimum lengths and values, tagged unions. Every problem is collected, not just the first.
public struct ParamValidator: Sendable {
    /// Creates a validator.
    public init() {}

    /// Throws `ParamValidationError` listing every problem of `params` against `shape`.
    public func validate(_ params: Document, shape: Shape?) throws(ParamValidationError) {
        var problems: [ParamValidationError.Problem] = []
        guard let shape else {
            if case .map(let entries) = params, !entries.isEmpty {
                for key in entries.keys.sorted() {
                    problems.append(.init(kind: .unknownMember, path: "input",
                                          message: "Unknown parameter in input: \"\(key)\", the operation takes no parameters"))
                }
            }
            if !problems.isEmpty { throw ParamValidationError(problems: problems) }
            return
        }
        validate(params, shape: shape, path: { "" }, into: &problems)
        if !problems.isEmpty { throw ParamValidationError(problems: problems) }
    }

    private typealias Problems = [ParamValidationError.Problem]

    private func name(_ path: String) -> String { path.isEmpty ? "input" : path }

    // `path` builds the value's path for a message: only when a problem is found, since building
    // it for every member and element cost more than checking them.

    private func validate(_ value: Document, shape: Shape, path: () -> String, into problems: inout Problems) {
        if shape.isDocument {
            validateDocument(value, path: path, into: &problems)
            return
        }
        // A JSON-value header takes any JSON-serializable value (every Document is); in a body the
        // trait changes nothing and the member is a plain string, as botocore validates it.
        if shape.isJSONValue, shape.location == .header { return }
        switch shape.type {
        case .structure: validateStructure(value, shape: shape, path: path, into: &problems)
        case .list: validateList(value, shape: shape, path: path, into: &problems)
        case .map: validateMap(value, shape: shape, path: path, into: &problems)
        case .string:
            guard case .string(let text) = value else { return typeProblem(value, "String", path(), &problems) }
            // A member bound to the host has an implicit minimum of 1, as in botocore's `range_check`.
            if let minimum = shape.min ?? (shape.isHostLabel ? 1 : nil) {
                // A scalar takes at most four UTF-8 bytes: enough bytes prove the minimum without counting.
                if Double(text.utf8.count) < minimum * 4 {
                    checkLength(text.unicodeScalars.count, minimum: minimum, path: path, into: &problems)
                }
            }
        case .integer, .long, .short, .byte, .bigInteger:
            guard case .int(let number) = value else { return typeProblem(value, "Int", path(), &problems) }
            checkMinimum(Double(number), shape: shape, value: value, path: path, into: &problems)
        case .float, .double, .bigDecimal:
            guard let number = value.double, value.bool == nil else { return typeProblem(value, "Double, Int", path(), &problems) }
            checkMinimum(number, shape: shape, value: value, path: path, into: &problems)
        case .boolean:
            guard case .bool = value else { return typeProblem(value, "Bool", path(), &problems) }
        case .blob:
            switch value {
            case .blob, .string: return
            default: typeProblem(value, "Data, String", path(), &problems)
            }
        case .timestamp:
            if case .timestamp(let date) = value, !TimestampRange.contains(date) {
                let name = name(path())
                problems.append(.init(kind: .invalidRange, path: name,
                                      message: "Invalid value for parameter \(name), value: \(date.timeIntervalSince1970) seconds since 1970, "
                                          + "valid range: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z"))
                return
            }
            guard value.timestampValue != nil else { return typeProblem(value, "Date, timestamp-string, epoch seconds", path(), &problems) }
        case .document:
            validateDocument(value, path: path, into: &problems)
        }
    }

    private func validateStructure(_ value: Document, shape: Shape, path: () -> String, into problems: inout Problems) {
        guard case .map(let entries) = value else { return typeProblem(value, "Dictionary", path(), &problems) }
        if shape.isUnion {
            // Every key counts, `null` ones too, as botocore counts `len(params)`: only a document
            // member can hold `null`, and that is a value the union sends.
            let set = entries.count
            if set == 0 {
                let name = name(path())
                problems.append(.init(kind: .invalidUnion, path: name,
                                      message: "Must set one of the following keys for tagged union structure \(name): \(shape.memberNames.joined(separator: ", "))."))
            } else if set > 1 {
                let name = name(path())
                problems.append(.init(kind: .invalidUnion, path: name,
                                      message: "Invalid number of parameters set for tagged union structure \(name). Can only set one of the following keys: \(shape.memberNames.joined(separator: ", "))."))
            }
        }
        // Fast path, in the map's own order: every key a member, every required member present
        // (counted as the keys go by, no hashing) and every member valid. Any problem sends the
        // structure through the ordered pass below, which reports in botocore's order.
        let required = shape.requiredMembers
        let start = problems.count
        var clean = true
        var requiredFound = 0
        for (key, memberValue) in entries {
            guard let memberShape = shape.member(key) else {
                clean = false
                break
            }
            if !required.isEmpty, required.contains(key) { requiredFound += 1 }
            validate(memberValue, shape: memberShape, path: { Self.memberPath(path(), key) }, into: &problems)
            if problems.count != start {
                clean = false
                break
            }
        }
        if clean, requiredFound == required.count { return }
        problems.removeSubrange(start...)
        validateStructureInOrder(entries, shape: shape, path: path(), into: &problems)
    }

    /// The members of a structure with a problem: missing required members, unknown keys (sorted,
    /// for stable messages), then the members in model order.
    private func validateStructureInOrder(_ entries: [String: Document], shape: Shape, path: String, into problems: inout Problems) {
        for required in shape.requiredMembers where entries[required] == nil {
            problems.append(.init(kind: .missingRequired, path: name(path), message: "Missing required parameter in \(name(path)): \"\(required)\""))
        }
        let present = shape.presentMembers(of: entries)
        let unknownKeys = present.count == entries.count ? [] : entries.keys.filter { shape.member($0) == nil }
        for key in unknownKeys.sorted() {
            let valid = shape.memberNames
            let closest = ClosestNames.find(key, in: valid)
            let hint = closest.isEmpty ? "" : " Did you mean \(closest.map { "\"\($0)\"" }.joined(separator: " or "))?"
            problems.append(.init(kind: .unknownMember, path: name(path),
                                  message: "Unknown parameter in \(name(path)): \"\(key)\".\(hint) Must be one of: \(valid.joined(separator: ", "))"))
        }
        for (memberName, memberShape, memberValue) in present {
            validate(memberValue, shape: memberShape, path: { Self.memberPath(path, memberName) }, into: &problems)
        }
    }

    private static func memberPath(_ path: String, _ member: String) -> String {
        path.isEmpty ? member : path + "." + member
    }

    private func validateList(_ value: Document, shape: Shape, path: () -> String, into problems: inout Problems) {
        guard case .list(let elements) = value else { return typeProblem(value, "Array", path(), &problems) }
        checkLength(elements.count, shape: shape, path: path, into: &problems)
        guard let member = shape.listMember else { return }
        for index in elements.indices {
            validate(elements[index], shape: member, path: { "\(path())[\(index)]" }, into: &problems)
        }
    }

    private func validateMap(_ value: Document, shape: Shape, path: () -> String, into problems: inout Problems) {
        guard case .map(let entries) = value else { return typeProblem(value, "Dictionary", path(), &problems) }
        let keyShape = shape.mapKey, valueShape = shape.mapValue
        if keyShape == nil && valueShape == nil { return }
        // Fast path in the map's own order; on the first problem, the sorted pass below reports.
        let start = problems.count
        var clean = true
        for (key, entry) in entries {
            if let keyShape {
                validate(.string(key), shape: keyShape, path: { "\(name(path())) (key: \(key))" }, into: &problems)
            }
            if let valueShape {
                validate(entry, shape: valueShape, path: { "\(path()).\(key)" }, into: &problems)
            }
            if problems.count != start {
                clean = false
                break
            }
        }
        if clean { return }
        problems.removeSubrange(start...)
        let path = path()
        for key in entries.keys.sorted() {
            if let keyShape {
                validate(.string(key), shape: keyShape, path: { "\(name(path)) (key: \(key))" }, into: &problems)
            }
            if let valueShape, let entry = entries[key] {
                validate(entry, shape: valueShape, path: { "\(path).\(key)" }, into: &problems)
            }
        }
    }

    private func validateDocument(_ value: Document, path: () -> String, into problems: inout Problems) {
        if Self.isPlainDocument(value) { return }
        reportDocument(value, path: path(), into: &problems)
    }

    /// Whether a document holds only JSON values (no blob or timestamp anywhere).
    private static func isPlainDocument(_ value: Document) -> Bool {
        switch value {
        case .null, .bool, .int, .double, .string: return true
        case .blob, .timestamp: return false
        case .list(let elements):
            for element in elements where !isPlainDocument(element) { return false }
            return true
        case .map(let entries):
            for entry in entries.values where !isPlainDocument(entry) { return false }
            return true
        }
    }

    /// The problems of a document that is not plain, in sorted key order.
    private func reportDocument(_ value: Document, path: String, into problems: inout Problems) {
        switch value {
        case .null, .bool, .int, .double, .string: return
        case .list(let elements):
            for (index, element) in elements.enumerated() { reportDocument(element, path: "\(path)[\(index)]", into: &problems) }
        case .map(let entries):
            for key in entries.keys.sorted() { reportDocument(entries[key] ?? .null, path: path.isEmpty ? key : "\(path).\(key)", into: &problems) }
        case .blob, .timestamp:
            problems.append(.init(kind: .invalidType, path: name(path),
                                  message: "Invalid type for document parameter \(name(path)), value: \(value), type: \(value.swiftTypeName), valid types: String, Int, Bool, Double, Array, Dictionary"))
        }
    }

    private func typeProblem(_ value: Document, _ valid: String, _ path: String, _ problems: inout Problems) {
        problems.append(.init(kind: .invalidType, path: name(path),
                              message: "Invalid type for parameter \(name(path)), value: \(value), type: \(value.swiftTypeName), valid types: \(valid)"))
    }

    private func checkLength(_ length: Int, shape: Shape, path: () -> String, into problems: inout Problems) {
        guard let minimum = shape.min else { return }
        checkLength(length, minimum: minimum, path: path, into: &problems)
    }

    private func checkLength(_ length: Int, minimum: Double, path: () -> String, into problems: inout Problems) {
        guard Double(length) < minimum else { return }
        let name = name(path())
        problems.append(.init(kind: .invalidLength, path: name,
                              message: "Invalid length for parameter \(name), value: \(length), valid min length: \(Self.wholeNumberText(minimum))"))
    }

    /// `3` for 3.0, `2.5` as it is, never trapping on a model's huge or non-finite bound.
    private static func wholeNumberText(_ number: Double) -> String {
        Int(exactly: number).map(String.init) ?? String(number)
    }

    private func checkMinimum(_ number: Double, shape: Shape, value: Document, path: () -> String, into problems: inout Problems) {
        guard let minimum = shape.min, number < minimum else { return }
        let shown = Self.wholeNumberText(minimum)
        let name = name(path())
        problems.append(.init(kind: .invalidRange, path: name,
                              message: "Invalid value for parameter \(name), value: \(value), valid min value: \(shown)"))
    }
}

extension Document {
    /// The Swift type a caller would have passed for this value, for validation messages.
    var swiftTypeName: String {
        switch self {
        case .null: return "nil"
        case .bool: return "Bool"
        case .int: return "Int"
        case .double: return "Double"
        case .string: return "String"
        case .blob: return "Data"
        case .timestamp: return "Date"
        case .list: return "Array"
        case .map: return "Dictionary"
        }
    }
}
