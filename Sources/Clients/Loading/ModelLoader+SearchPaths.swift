import Foundation

extension ModelLoader {
    /// The folders listed in `AWS_DATA_PATH`, in order; empty entries are ignored.
    public static func dataPathFolders(environment: [String: String]) -> [URL] {
        guard let value = environment["AWS_DATA_PATH"], !value.isEmpty else { return [] }
        return value.split(separator: ":", omittingEmptySubsequences: true).map { entry in
            URL(fileURLWithPath: expand(String(entry), environment: environment), isDirectory: true)
        }
    }

    /// `~` and `~/...` become the home folder; `$NAME` and `${NAME}` become the variable's value
    /// (left as written when unset, like Python's `os.path.expandvars`).
    static func expand(_ path: String, environment: [String: String]) -> String {
        var path = path
        if path == "~" || path.hasPrefix("~/") {
            let home = environment["HOME"] ?? NSHomeDirectory()
            path = home + path.dropFirst()
        }
        guard path.contains("$") else { return path }
        var result = ""
        var rest = Substring(path)
        while let dollar = rest.firstIndex(of: "$") {
            result += rest[..<dollar]
            let afterDollar = rest.index(after: dollar)
            let braced = afterDollar < rest.endIndex && rest[afterDollar] == "{"
            let nameStart = braced ? rest.index(after: afterDollar) : afterDollar
            let nameEnd = rest[nameStart...].firstIndex { !($0.isLetter || $0.isNumber || $0 == "_") } ?? rest.endIndex
            let name = String(rest[nameStart..<nameEnd])
            var end = nameEnd
            var valid = !name.isEmpty
            if braced {
                if nameEnd < rest.endIndex, rest[nameEnd] == "}" { end = rest.index(after: nameEnd) } else { valid = false }
            }
            if valid, let value = environment[name] {
                result += value
                rest = rest[end...]
            } else {
                result += "$"
                rest = rest[afterDollar...]
            }
        }
        return result + rest
    }
}
