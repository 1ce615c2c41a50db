/// Malformed or unsafe XML: what was wrong and at which byte offset.
public struct XMLParseError: Error, Sendable, CustomStringConvertible {
    /// What the reader expected or found.
    public let reason: String
    /// Byte offset in the input where the problem was found.
    public let offset: Int

    /// Creates an error.
    public init(reason: String, offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    /// "invalid XML at byte N: reason".
    public var description: String { "invalid XML at byte \(offset): \(reason)" }
}
