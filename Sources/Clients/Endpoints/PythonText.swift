/// Renders values the way Python's `str()` does, so messages built from rule-set values
/// (templates, "No endpoint found" listings) read exactly as botocore's.
enum PythonText {
    static func str(_ value: Document?) -> String {
        switch value {
        case .string(let text)?: return text
        default: return repr(value)
        }
    }

    static func repr(_ value: Document?) -> String {
        switch value {
        case nil, .null?: return "None"
        case .bool(let flag)?: return flag ? "True" : "False"
        case .int(let number)?: return String(number)
        case .double(let number)?: return String(number)
        case .string(let text)?: return quoted(text)
        case .list(let elements)?: return "[" + elements.map { repr($0) }.joined(separator: ", ") + "]"
        case .map(let entries)?:
            let items = entries.sorted { $0.key < $1.key }.map { quoted($0.key) + ": " + repr($0.value) }
            return "{" + items.joined(separator: ", ") + "}"
        case let other?: return "\(other)"
        }
    }

    /// Python's repr of a str: single quotes unless the text holds a single quote and no double one.
    private static func quoted(_ text: String) -> String {
        let useDouble = text.contains("'") && !text.contains("\"")
        let quote: Character = useDouble ? "\"" : "'"
        var out = String(quote)
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case quote: out += "\\" + String(quote)
            default: out.append(character)
            }
        }
        out.append(quote)
        return out
    }

    /// Python's class name of a value, as botocore's type-check messages print it.
    static func typeName(_ value: Document?) -> String {
        switch value {
        case nil, .null?: return "<class 'NoneType'>"
        case .bool?: return "<class 'bool'>"
        case .int?: return "<class 'int'>"
        case .double?: return "<class 'float'>"
        case .string?: return "<class 'str'>"
        case .list?: return "<class 'list'>"
        case .map?: return "<class 'dict'>"
        case .blob?: return "<class 'bytes'>"
        case .timestamp?: return "<class 'datetime.datetime'>"
        }
    }
}
