/// A request body's file could not be read while sending it.
package struct HTTPBodyReadError: Error, Sendable, CustomStringConvertible {
    /// The file.
    package let path: String
    /// The system's explanation.
    package let reason: String

    /// "cannot stream the request body from PATH: REASON".
    package var description: String { "cannot stream the request body from \(path): \(reason)" }
}
