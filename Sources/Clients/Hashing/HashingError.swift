/// A failure to read the bytes to hash (only files can fail; memory never does).
package struct HashingError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    package enum Code: Sendable, Equatable {
        /// The file could not be opened.
        case cannotOpenFile
        /// Reading the file failed part way.
        case readFailed
    }

    /// What went wrong.
    package let code: Code
    /// The file concerned.
    package let path: String
    /// The system's explanation.
    package let reason: String

    /// Creates an error.
    package init(code: Code, path: String, reason: String) {
        self.code = code
        self.path = path
        self.reason = reason
    }

    /// A sentence saying what failed and what to check.
    package var description: String {
        switch code {
        case .cannotOpenFile:
            return "Cannot open '\(path)' to hash it: \(reason). Check that the file exists and is readable."
        case .readFailed:
            return "Reading '\(path)' to hash it failed: \(reason). Check the file and the disk."
        }
    }
}
