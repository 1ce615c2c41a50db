/// The INI dialect of Python's `RawConfigParser` as botocore configures it: `[section]` headers,
/// `key = value` or `key: value` lines (keys lowercased), whole-line `#` / `;` comments (no inline
/// comments), values continued on lines indented deeper than their key, duplicate sections or keys
/// rejected, and indented `key = value` blocks under an empty value parsed as sub-sections.
struct ConfigFileParser {
    let path: String
    private var order: [String] = []
    private var raw: [String: [(key: String, parts: [(text: String, line: Int)])]] = [:]
    private var defaults: [(key: String, parts: [(text: String, line: Int)])] = []

    init(path: String) { self.path = path }

    mutating func parse(_ text: String) throws(ConfigError) -> ConfigFile {
        var section: String?            // nil before the first header
        var inDefaults = false
        var seenSections: Set<String> = []
        var seenKeys: Set<String> = []  // keys of the current section
        var hasOption = false           // the current section has an option that may continue
        var indentLevel = 0
        var lineNumber = 0
        for line in Self.lines(text) {
            lineNumber += 1
            let value = Self.trimmed(line)
            if value.isEmpty || value.hasPrefix("#") || value.hasPrefix(";") {
                // Blank lines belong to a value being continued; comment lines do not.
                if value.isEmpty, section != nil, hasOption { appendToLastOption("", line: lineNumber, inDefaults: inDefaults, section: section) }
                continue
            }
            let indent = line.prefix { $0.isWhitespace }.count
            if section != nil, hasOption, indent > indentLevel {
                appendToLastOption(value, line: lineNumber, inDefaults: inDefaults, section: section)
                continue
            }
            indentLevel = indent
            if value.hasPrefix("["), let close = value.lastIndex(of: "]"), value.index(after: value.startIndex) < close {
                let name = String(value[value.index(after: value.startIndex)..<close])
                hasOption = false
                seenKeys = []
                if name == "DEFAULT" {
                    inDefaults = true
                    section = name
                    continue
                }
                inDefaults = false
                if seenSections.contains(name) {
                    throw ConfigError.parse(path, line: lineNumber, "section [\(name)] appears twice; merge the two sections into one")
                }
                seenSections.insert(name)
                section = name
                order.append(name)
                raw[name] = []
                continue
            }
            guard let current = section else {
                throw ConfigError.parse(path, line: lineNumber, "a setting comes before any [section] header; start the file with [default] or [profile NAME]")
            }
            guard let delimiter = value.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
                throw ConfigError.parse(path, line: lineNumber, "expected 'key = value', a [section] header or a comment (# or ;)")
            }
            let key = Self.trimmed(value[..<delimiter]).lowercased()
            guard !key.isEmpty else {
                throw ConfigError.parse(path, line: lineNumber, "the line has a value but no key before '\(value[delimiter])'")
            }
            if seenKeys.contains(key) {
                throw ConfigError.parse(path, line: lineNumber, "key '\(key)' appears twice in section [\(current)]; keep one")
            }
            seenKeys.insert(key)
            let firstPart = Self.trimmed(value[value.index(after: delimiter)...])
            if inDefaults {
                defaults.append((key: key, parts: [(firstPart, lineNumber)]))
            } else {
                raw[current, default: []].append((key: key, parts: [(firstPart, lineNumber)]))
            }
            hasOption = true
        }
        return try finish()
    }

    private mutating func appendToLastOption(_ text: String, line: Int, inDefaults: Bool, section: String?) {
        if inDefaults {
            guard !defaults.isEmpty else { return }
            defaults[defaults.count - 1].parts.append((text, line))
        } else if let section, var options = raw[section], !options.isEmpty {
            raw[section] = nil  // keep the array uniquely referenced while appending
            options[options.count - 1].parts.append((text, line))
            raw[section] = options
        }
    }

    private func finish() throws(ConfigError) -> ConfigFile {
        var defaultValues: [String: ConfigValue] = [:]
        for option in defaults { defaultValues[option.key] = try value(of: option.parts) }
        var sections: [String: [String: ConfigValue]] = [:]
        for name in order {
            var values = defaultValues
            for option in raw[name] ?? [] { values[option.key] = try value(of: option.parts) }
            sections[name] = values
        }
        return ConfigFile(path: path, sectionNames: order, sections: sections)
    }

    /// Joins continuation lines; an empty first line makes the block a sub-section.
    private func value(of parts: [(text: String, line: Int)]) throws(ConfigError) -> ConfigValue {
        if parts.count == 1 { return .string(parts[0].text) }
        var lastNonEmpty = parts.count - 1
        while lastNonEmpty > 0 && parts[lastNonEmpty].text.isEmpty { lastNonEmpty -= 1 }
        let used = parts[0...lastNonEmpty]
        guard parts[0].text.isEmpty, used.count > 1 else {
            return .string(used.map(\.text).joined(separator: "\n"))
        }
        var nested: [String: String] = [:]
        for part in used.dropFirst() where !part.text.isEmpty {
            guard let equals = part.text.firstIndex(of: "=") else {
                throw ConfigError.parse(path, line: part.line, "a line of an indented sub-section is not 'key = value'")
            }
            nested[Self.trimmed(part.text[..<equals])] = Self.trimmed(part.text[part.text.index(after: equals)...])
        }
        return .section(nested)
    }

    /// Splits on `\n`, `\r\n` and `\r` as Python's universal newlines do.
    static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }

    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }
}
