extension String {
    /// The pieces one after another (with `separator` between them), in a string reserved at its
    /// final size: signing builds its canonical strings from many short pieces, and appending
    /// them to an empty string regrows the storage several times. (Appending valid strings also
    /// skips the UTF-8 validation that building a string from raw bytes costs.)
    package init(concatenating pieces: [String], separator: String = "") {
        var total = separator.utf8.count * Swift.max(0, pieces.count - 1)
        for piece in pieces { total += piece.utf8.count }
        var text = ""
        text.reserveCapacity(total)
        for (index, piece) in pieces.enumerated() {
            if index > 0, !separator.isEmpty { text += separator }
            text += piece
        }
        self = text
    }
}
