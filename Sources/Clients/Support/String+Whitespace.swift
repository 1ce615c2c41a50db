import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespaces)`, skipping Foundation's work when nothing can be
    /// trimmed: only text starting or ending with a space, a tab or a non-ASCII byte (which may
    /// begin a Unicode space) can change. Response parsing trims every number and timestamp.
    package var trimmingWhitespaces: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        func maybeSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte >= 0x80 }
        return maybeSpace(first) || maybeSpace(last) ? trimmingCharacters(in: .whitespaces) : self
    }
}
