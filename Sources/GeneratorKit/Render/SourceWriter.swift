/// Builds Swift source text line by line, with four-space indentation.
struct SourceWriter {
    private(set) var text = ""
    private var depth = 0

    /// Appends one line at the current indentation (an empty line for `""`).
    mutating func line(_ content: String = "") {
        if !content.isEmpty { text += String(repeating: "    ", count: depth) + content }
        text += "\n"
    }

    /// Appends a `///` doc comment.
    mutating func doc(_ content: String) {
        line(content.isEmpty ? "///" : "/// " + content)
    }

    /// Appends `opening {`, the lines `body` writes one level deeper, and `}`.
    mutating func block(_ opening: String, _ body: (inout SourceWriter) -> Void) {
        line(opening + " {")
        depth += 1
        body(&self)
        depth -= 1
        line("}")
    }
}
