/// Property-name conversions of the Codable strategies, as Foundation's JSON coders do them.
enum KeyCase {
    /// `createdAt` → `created_at`, `userID` → `user_id`, `URLValue` → `url_value`.
    static func snakeCase(_ name: String) -> String {
        let characters = Array(name)
        guard !characters.isEmpty else { return name }
        var out = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0 {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let startsWord = previous.isLowercase || previous.isNumber || (previous.isUppercase && next?.isLowercase == true)
                if startsWord && previous != "_" { out.append("_") }
            }
            out += character.lowercased()
        }
        return out
    }

    /// `created_at` → `createdAt`; leading and trailing underscores are kept.
    static func camelCase(_ name: String) -> String {
        guard name.contains("_") else { return name }
        let leading = name.prefix { $0 == "_" }
        let trailing = String(name.reversed().prefix { $0 == "_" })
        let core = name.dropFirst(leading.count).dropLast(trailing.count)
        let words = core.split(separator: "_", omittingEmptySubsequences: true)
        guard let first = words.first else { return name }
        let rest = words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
        return String(leading) + first.lowercased() + rest.joined() + trailing
    }
}
