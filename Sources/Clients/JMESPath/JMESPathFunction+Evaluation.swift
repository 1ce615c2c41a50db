import Foundation

extension JMESPathFunction {
    /// Runs the function with `nodes` as its arguments, evaluated on `value`.
    func call(_ nodes: [JMESPathNode], on value: Document) throws(JMESPathError) -> Document {
        let arguments = try JMESPathArguments(function: self, nodes: nodes, on: value)
        switch self {
        case .abs:
            switch try arguments.number(0) {
            case .int(let number): return number == Int.min ? .double(-Double(number)) : .int(Swift.abs(number))
            case let number: return .double(Swift.abs(number.double ?? 0))
            }
        case .avg:
            let numbers = try numberList(arguments, 0)
            guard !numbers.isEmpty else { return .null }
            return .double(numbers.reduce(0) { $0 + ($1.double ?? 0) } / Double(numbers.count))
        case .ceil:
            return Self.integral(try arguments.number(0), .up)
        case .floor:
            return Self.integral(try arguments.number(0), .down)
        case .contains:
            let subject = try arguments.value(0, .array, .string)
            let search = try arguments.any(1)
            if case .list(let elements) = subject {
                return .bool(elements.contains { Document.jmesPathEqual($0, search) })
            }
            guard let text = subject.jmesPathText, let needle = search.jmesPathText else { return .bool(false) }
            return .bool(needle.isEmpty || text.contains(needle))
        case .endsWith:
            return .bool(try arguments.string(0).utf8.reversed().starts(with: try arguments.string(1).utf8.reversed()))
        case .startsWith:
            return .bool(try arguments.string(0).utf8.starts(with: try arguments.string(1).utf8))
        case .join:
            let separator = try arguments.string(0)
            var parts: [String] = []
            for element in try arguments.list(1) {
                guard let text = element.jmesPathText else {
                    throw arguments.typeError(1, expected: "an array of strings", got: "an array containing \(element.jmesPathType.rawValue)")
                }
                parts.append(text)
            }
            return .string(parts.joined(separator: separator))
        case .keys:
            return .list(try arguments.map(0).keys.map { .string($0) })
        case .values:
            return .list(Array(try arguments.map(0).values))
        case .length:
            switch try arguments.value(0, .string, .array, .object) {
            case .list(let elements): return .int(elements.count)
            case .map(let entries): return .int(entries.count)
            case let text: return .int(text.jmesPathText?.unicodeScalars.count ?? 0)
            }
        case .map:
            let expression = try arguments.expression(0)
            let elements = try arguments.list(1)
            var results: [Document] = []
            results.reserveCapacity(elements.count)
            for element in elements { results.append(try expression.evaluate(element)) }
            return .list(results)
        case .max, .min:
            let (elements, _) = try arguments.comparableList(0)
            let wanted: ComparisonResult = self == .max ? .orderedDescending : .orderedAscending
            guard var best = elements.first else { return .null }
            for element in elements.dropFirst() where Document.jmesPathOrder(element, best) == wanted { best = element }
            return best
        case .maxBy, .minBy:
            return try extreme(arguments, largest: self == .maxBy)
        case .merge:
            var merged: [String: Document] = [:]
            for index in 0..<arguments.count {
                let entries = try arguments.map(index)
                if merged.isEmpty { merged = entries } else { merged.merge(entries) { _, later in later } }
            }
            return .map(merged)
        case .notNull:
            for index in 0..<arguments.count {
                let candidate = try arguments.any(index)
                if !candidate.isNull { return candidate }
            }
            return .null
        case .reverse:
            switch try arguments.value(0, .string, .array) {
            case .list(let elements): return .list(elements.reversed())
            case let text: return .string(String(String.UnicodeScalarView((text.jmesPathText ?? "").unicodeScalars.reversed())))
            }
        case .sort:
            let (elements, _) = try arguments.comparableList(0)
            return .list(Self.stableSorted(elements, keys: elements))
        case .sortBy:
            return try sortBy(arguments)
        case .sum:
            var total = Document.int(0)
            for number in try numberList(arguments, 0) { total = Self.add(total, number) }
            return total
        case .toArray:
            let argument = try arguments.any(0)
            if case .list = argument { return argument }
            return .list([argument])
        case .toNumber:
            return Self.number(from: try arguments.any(0))
        case .toString:
            let argument = try arguments.any(0)
            if let text = argument.jmesPathText { return .string(text) }
            var out = ""
            argument.appendJMESPathJSON(to: &out)
            return .string(out)
        case .type:
            return .string(try arguments.any(0).jmesPathType.rawValue)
        }
    }

    private func numberList(_ arguments: JMESPathArguments, _ index: Int) throws(JMESPathError) -> [Document] {
        let elements = try arguments.list(index)
        for element in elements where element.jmesPathType != .number {
            throw arguments.typeError(index, expected: "an array of numbers", got: "an array containing \(element.jmesPathType.rawValue)")
        }
        return elements
    }

    /// The keys of `sort_by`, `max_by` and `min_by`: `expression` on each element, all numbers or all strings.
    private func keys(of elements: [Document], _ expression: JMESPathNode, _ arguments: JMESPathArguments) throws(JMESPathError) -> [Document] {
        var keys: [Document] = []
        keys.reserveCapacity(elements.count)
        for element in elements { keys.append(try expression.evaluate(element)) }
        if JMESPathArguments.commonComparableType(keys) == .null {
            let found = Set(keys.map(\.jmesPathType.rawValue)).sorted().joined(separator: ", ")
            throw JMESPathError(.invalidType, "\(rawValue)() needs its expression to give all numbers or all strings, but it gave \(found)")
        }
        return keys
    }

    private func sortBy(_ arguments: JMESPathArguments) throws(JMESPathError) -> Document {
        let elements = try arguments.list(0)
        let expression = try arguments.expression(1)
        return .list(Self.stableSorted(elements, keys: try keys(of: elements, expression, arguments)))
    }

    private func extreme(_ arguments: JMESPathArguments, largest: Bool) throws(JMESPathError) -> Document {
        let elements = try arguments.list(0)
        let expression = try arguments.expression(1)
        let keys = try keys(of: elements, expression, arguments)
        guard !elements.isEmpty else { return .null }
        let wanted: ComparisonResult = largest ? .orderedDescending : .orderedAscending
        var best = 0
        for index in keys.indices.dropFirst() where Document.jmesPathOrder(keys[index], keys[best]) == wanted { best = index }
        return elements[best]
    }

    /// `elements` ordered by `keys` (same count), equal keys keeping their order.
    private static func stableSorted(_ elements: [Document], keys: [Document]) -> [Document] {
        let order = elements.indices.sorted { a, b in
            switch Document.jmesPathOrder(keys[a], keys[b]) {
            case .orderedAscending: return true
            case .orderedDescending: return false
            default: return a < b
            }
        }
        return order.map { elements[$0] }
    }

    private static func integral(_ number: Document, _ rule: FloatingPointRoundingRule) -> Document {
        guard case .double(let value) = number else { return number }
        let rounded = value.rounded(rule)
        return Int(exactly: rounded).map(Document.int) ?? .double(rounded)
    }

    private static func add(_ total: Document, _ number: Document) -> Document {
        if case .int(let a) = total, case .int(let b) = number {
            let (sum, overflow) = a.addingReportingOverflow(b)
            if !overflow { return .int(sum) }
        }
        return .double((total.double ?? 0) + (number.double ?? 0))
    }

    /// `to_number`: numbers as they are, strings read as JSON-style numbers, null for anything else.
    private static func number(from value: Document) -> Document {
        switch value {
        case .int, .double: return value
        case .string(let text):
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if let integer = Int(trimmed) { return .int(integer) }
            guard !trimmed.isEmpty, trimmed.utf8.allSatisfy({ Self.isNumberByte($0) }),
                  let double = Double(trimmed), double.isFinite else { return .null }
            return .double(double)
        default:
            return .null
        }
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
             UInt8(ascii: "e"), UInt8(ascii: "E"): return true
        default: return false
        }
    }
}
