/// One generated file: its path under the output folder (`S3/Bucket.swift`) and its text.
public struct GeneratedFile: Sendable, Hashable {
    /// The path relative to the output folder.
    public let path: String
    /// The Swift source.
    public let contents: String

    /// Creates a file.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
