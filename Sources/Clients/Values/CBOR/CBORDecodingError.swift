/// Why bytes could not be read as CBOR, and where.
package struct CBORDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the input.
    package let reason: String
    /// The byte offset where the problem was found.
    package let offset: Int

    /// Creates an error.
    package init(_ reason: String, offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    /// "invalid CBOR at byte N: reason".
    package var description: String { "invalid CBOR at byte \(offset): \(reason)" }
}
