/// A compiled template string: literal text and `{Name}` / `{Name#attr#...}` references.
///
/// botocore treats a string as a template only when it contains `{letters-or-#}`; such strings
/// follow Python's `str.format` syntax (`{{` and `}}` are literal braces). Other strings are
/// used as written, braces included.
struct EndpointTemplate: Sendable {
    enum Part: Sendable {
        case text(String)
        /// A variable, then the map keys to follow (`{PartitionResult#dnsSuffix}`).
        case variable(slot: Int, name: String, keys: [String])
        /// Text Python's formatter rejects; evaluating the template fails with this message.
        case invalid(String)
    }

    let parts: [Part]
    /// The source text, for messages.
    let source: String

    /// Whether botocore would format `text` as a template (`\{[a-zA-Z#]+\}` occurs in it).
    static func isTemplate(_ text: String) -> Bool {
        var inside = false
        var count = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "{"):
                inside = true
                count = 0
            case UInt8(ascii: "}"):
                if inside, count > 0 { return true }
                inside = false
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "#"):
                if inside { count += 1 }
            default:
                inside = false
            }
        }
        return false
    }

    /// Splits a template; `slot` maps a variable name to its scope slot.
    init(_ text: String, slot: (String) -> Int) {
        source = text
        var parts: [Part] = []
        var literal = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func flush() {
            if !literal.isEmpty { parts.append(.text(String(literal))) }
            literal = String.UnicodeScalarView()
        }
        scan: while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "}" {
                if index + 1 < scalars.count, scalars[index + 1] == "}" {
                    literal.append("}")
                    index += 2
                    continue
                }
                flush()
                parts.append(.invalid("Single '}' encountered in format string"))
                break scan
            }
            guard scalar == "{" else {
                literal.append(scalar)
                index += 1
                continue
            }
            if index + 1 < scalars.count, scalars[index + 1] == "{" {
                literal.append("{")
                index += 2
                continue
            }
            // A replacement field runs to the matching close brace.
            var depth = 1
            var end = index + 1
            while end < scalars.count {
                if scalars[end] == "{" { depth += 1 }
                if scalars[end] == "}" { depth -= 1; if depth == 0 { break } }
                end += 1
            }
            flush()
            guard end < scalars.count else {
                parts.append(.invalid("expected '}' before end of string"))
                break scan
            }
            var field = String.UnicodeScalarView()
            for inner in scalars[(index + 1)..<end] {
                if inner == "!" || inner == ":" { break }
                field.append(inner)
            }
            let pieces = String(field).split(separator: "#", omittingEmptySubsequences: false).map(String.init)
            let name = pieces[0]
            parts.append(.variable(slot: slot(name), name: name, keys: Array(pieces.dropFirst())))
            index = end + 1
        }
        flush()
        self.parts = parts
    }

    /// The formatted string.
    func render(_ scope: borrowing EndpointScope) throws(EndpointResolutionError) -> String {
        if parts.count == 1, case .text(let text) = parts[0] { return text }
        var out = ""
        for part in parts {
            switch part {
            case .text(let text):
                out += text
            case .variable(let slot, let name, let keys):
                var value = scope[slot]
                for key in keys {
                    guard case .map(let entries)? = value else { value = nil; break }
                    value = entries[key]
                }
                guard let value else {
                    let reference = ([name] + keys).joined(separator: "#")
                    throw EndpointResolutionError(.invalidFunctionArguments, "template '\(source)' refers to '\(reference)', which is not set")
                }
                out += PythonText.str(value)
            case .invalid(let message):
                throw EndpointResolutionError(.invalidFunctionArguments, "\(message) (template '\(source)')")
            }
        }
        return out
    }
}
