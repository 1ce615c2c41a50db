/// What a directory transfer (`uploadDirectory`, `downloadDirectory`) did, file by file.
public struct DirectoryTransferResult: Sendable {
    /// A file that was transferred.
    public struct Item: Sendable, Hashable {
        /// The object's key.
        public let key: String
        /// The local file's path.
        public let path: String
        /// Its size in bytes.
        public let size: Int64
    }

    /// A file that failed, with why.
    public struct Failure: Sendable, CustomStringConvertible {
        /// The object's key.
        public let key: String
        /// The local file's path (for a key that maps outside the folder, where it would have gone).
        public let path: String
        /// The error.
        public let error: any Error
        /// "key (path): error".
        public var description: String { "\(key) (\(path)): \(error)" }
    }

    /// A file left out on purpose (a symbolic link not followed, a folder marker key), with why.
    public struct Skipped: Sendable, Hashable {
        /// The local path or the key.
        public let name: String
        /// Why it was left out.
        public let reason: String
    }

    /// The files transferred, in the order they finished.
    public internal(set) var transferred: [Item] = []
    /// The files that failed.
    public internal(set) var failed: [Failure] = []
    /// The files left out on purpose.
    public internal(set) var skipped: [Skipped] = []
    /// Files not started because the transfer stopped at a failure (`DirectoryFailurePolicy.stop`).
    public internal(set) var notAttempted: Int = 0

    /// Whether every file was transferred.
    public var succeeded: Bool { failed.isEmpty && notAttempted == 0 }
}

/// What a directory transfer does when a file fails.
public enum DirectoryFailurePolicy: Sendable, Hashable {
    /// Starts no more files, lets those under way finish, and throws `DirectoryTransferError`.
    case stop
    /// Goes on with the other files and lists the failures in the result (the default, as the
    /// AWS CLI's `s3 sync` and Java's transfer manager).
    case continueAndReport
}

/// A directory transfer stopped at a failure (`DirectoryFailurePolicy.stop`); `result` lists
/// what was transferred, what failed and how many files were not started.
public struct DirectoryTransferError: Error, Sendable, CustomStringConvertible {
    /// The files transferred, failed and not started.
    public let result: DirectoryTransferResult

    /// The first failure and the counts.
    public var description: String {
        let first = result.failed.first.map { "\($0)" } ?? "unknown failure"
        return "Directory transfer stopped at a failure: \(first). \(result.transferred.count) transferred, "
            + "\(result.failed.count) failed, \(result.notAttempted) not started."
    }
}
