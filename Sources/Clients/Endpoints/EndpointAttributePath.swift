/// A compiled `getAttr` path such as `resourceId[1]` or `a.b`.
///
/// botocore's reading: the path splits on `.`; a part containing `name[digits]` indexes the
/// named member (or the value itself when the name is empty) and ends the walk there; any other
/// part looks a key up.
struct EndpointAttributePath: Sendable, Hashable {
    enum Step: Sendable, Hashable {
        case key(String)
        /// `name[index]`; an empty name indexes the current value. Always the last step.
        case index(name: String, index: Int)
    }

    let steps: [Step]

    init(_ path: String) {
        var steps: [Step] = []
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            if let (name, index) = Self.indexed(part) {
                steps.append(.index(name: name, index: index))
                break
            }
            steps.append(.key(String(part)))
        }
        self.steps = steps
    }

    /// The first `\w*\[\d+\]` in `part`, as Python's `re.search` finds it.
    private static func indexed(_ part: Substring) -> (String, Int)? {
        let scalars = Array(part.unicodeScalars)
        var position = 0
        while position < scalars.count {
            defer { position += 1 }
            guard scalars[position] == "[" else { continue }
            var end = position + 1
            var index = 0
            var overflowed = false
            while end < scalars.count, let digit = asciiDigit(scalars[end]) {
                let (product, o1) = index.multipliedReportingOverflow(by: 10)
                let (sum, o2) = product.addingReportingOverflow(digit)
                overflowed = overflowed || o1 || o2
                index = sum
                end += 1
            }
            guard end > position + 1, end < scalars.count, scalars[end] == "]" else { continue }
            var start = position
            while start > 0, isWordCharacter(scalars[start - 1]) { start -= 1 }
            var name = String.UnicodeScalarView()
            name.append(contentsOf: scalars[start..<position])
            return (String(name), overflowed ? Int.max : index)
        }
        return nil
    }

    private static func asciiDigit(_ scalar: Unicode.Scalar) -> Int? {
        (0x30...0x39).contains(scalar.value) ? Int(scalar.value - 0x30) : nil
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || v == 0x5F
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The value at this path, `nil` when any step is missing or out of range.
    func value(in root: Document?) -> Document? {
        var current = root
        for step in steps {
            switch step {
            case .key(let key):
                guard case .map(let entries)? = current else { return nil }
                current = entries[key]
            case .index(let name, let index):
                if !name.isEmpty {
                    guard case .map(let entries)? = current else { return nil }
                    current = entries[name]
                }
                switch current {
                case .list(let elements)?:
                    guard index < elements.count, !elements[index].isNull else { return nil }
                    return elements[index]
                case .string(let text)?:
                    // Python indexes a str by code point.
                    let scalars = text.unicodeScalars
                    guard index < scalars.count else { return nil }
                    return .string(String(scalars[scalars.index(scalars.startIndex, offsetBy: index)]))
                default:
                    return nil
                }
            }
        }
        // JSON null is Python's None: unset.
        return current?.isNull == true ? nil : current
    }
}
