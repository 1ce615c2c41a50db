/// A failure to read the bytes to hash (only files can fail; memory never does).
public struct HashingError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: Sendable, Equatable {
        /// The file could not be opened.
        case cannotOpenFile
        /// Reading the file failed part way.
        case readFailed
    }

    /// What went wrong.
    public let code: Code
    /// The file concerned.
    public let path: String
    /// The system's explanation.
    public let reason: String

    /// Creates an error.
    public init(code: Code, path: String, reason: String) {
        self.code = code
        self.path = path
        self.reason = reason
    }

    /// A sentence saying what failed and what to check.
    public var description: String {
        switch code {
        case .cannotOpenFile:
            return "Cannot open '\(path)' to hash it: \(reason). Check that the file exists and is readable."
        case .readFailed:
            return "Reading '\(path)' to hash it failed: \(reason). Check the file and the disk."
        }
    }
}
