/// A model file that could not be found or read: what was asked for, where the loader looked,
/// and what to do about it.
public struct ModelLoaderError: Error, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public enum Code: Sendable, Hashable {
        /// No folder on the search path has a model for this service name.
        case unknownService
        /// The service exists, but not in the API version asked for.
        case unknownAPIVersion
        /// A data file (`partitions`, `_retry`, ...) is on none of the search paths.
        case dataNotFound
        /// A file exists but could not be read.
        case unreadableFile
        /// A file is not valid gzip or not valid JSON, or is too large to load.
        case corruptFile
    }

    /// What kind of problem this is.
    public let code: Code
    /// A sentence saying what is wrong and what to do.
    public let message: String
    /// Valid names close to the one asked for (services or API versions), best first.
    public let suggestions: [String]
    /// The folders that were searched, in order.
    public let searchedPaths: [String]
    /// The file at fault, for `unreadableFile` and `corruptFile`.
    public let file: String?

    /// Creates an error.
    public init(_ code: Code, _ message: String, suggestions: [String] = [], searchedPaths: [String] = [], file: String? = nil) {
        self.code = code
        self.message = message
        self.suggestions = suggestions
        self.searchedPaths = searchedPaths
        self.file = file
    }

    /// The message.
    public var description: String { message }
}
