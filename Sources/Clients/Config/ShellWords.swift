/// Splits a command line into words the way Python's `shlex.split` does in POSIX mode (botocore
/// uses it for `credential_process` commands and for `[profile "name"]` section headers):
/// whitespace separates words, `'...'` is literal, `"..."` honours `\"` and `\\`, a backslash
/// outside quotes escapes the next character, and quoted empty strings are words.
enum ShellWords {
    /// Why a command line could not be split.
    enum SplitError: Error, Equatable {
        /// A quote was opened and never closed.
        case noClosingQuotation
        /// The line ends with a lone backslash.
        case noEscapedCharacter
    }

    static func split(_ text: String) throws(SplitError) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var iterator = text.makeIterator()
        while let char = iterator.next() {
            switch char {
            case " ", "\t", "\n", "\r", "\r\n":
                if inWord { words.append(word); word = ""; inWord = false }
            case "'":
                inWord = true
                var closed = false
                while let next = iterator.next() {
                    if next == "'" { closed = true; break }
                    word.append(next)
                }
                if !closed { throw .noClosingQuotation }
            case "\"":
                inWord = true
                var closed = false
                while let next = iterator.next() {
                    if next == "\"" { closed = true; break }
                    if next == "\\" {
                        guard let escaped = iterator.next() else { throw .noClosingQuotation }
                        if escaped != "\"" && escaped != "\\" { word.append("\\") }
                        word.append(escaped)
                    } else {
                        word.append(next)
                    }
                }
                if !closed { throw .noClosingQuotation }
            case "\\":
                guard let escaped = iterator.next() else { throw .noEscapedCharacter }
                inWord = true
                word.append(escaped)
            default:
                inWord = true
                word.append(char)
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
