import Foundation

/// Path expansion as botocore applies it to config file names (`os.path.expandvars` then
/// `os.path.expanduser`), with the environment and home directory injected.
enum ConfigPaths {
    /// `HOME` from the environment, else the account's home directory.
    static func homeDirectory(environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        return NSHomeDirectory()
    }

    /// Expands `$NAME` / `${NAME}` (unknown names are left as written) and a leading `~`.
    static func expand(_ path: String, home: String, environment: [String: String]) -> String {
        var expanded = expandVariables(path, environment: environment)
        if expanded == "~" {
            expanded = home
        } else if expanded.hasPrefix("~/") {
            expanded = home + expanded.dropFirst()
        }
        return expanded
    }

    private static func expandVariables(_ text: String, environment: [String: String]) -> String {
        guard text.contains("$") else { return text }
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let char = text[index]
            guard char == "$" else { result.append(char); index = text.index(after: index); continue }
            let start = text.index(after: index)
            if start < text.endIndex, text[start] == "{", let close = text[start...].firstIndex(of: "}") {
                let name = String(text[text.index(after: start)..<close])
                if let value = environment[name] { result += value } else { result += text[index...close] }
                index = text.index(after: close)
                continue
            }
            let end = text[start...].firstIndex { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_")) } ?? text.endIndex
            let name = String(text[start..<end])
            if !name.isEmpty, let value = environment[name] { result += value } else { result += text[index..<end] }
            index = end
        }
        return result
    }
}
