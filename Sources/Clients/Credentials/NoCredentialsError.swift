/// No credential source had credentials (botocore's `NoCredentialsError`).
public struct NoCredentialsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the chain looked, in order.
    public let searched: [String]

    /// Creates the error.
    public init(searched: [String]) { self.searched = searched }

    /// "Unable to locate credentials. ..." with the places searched.
    public var description: String {
        var text = "Unable to locate credentials. You can configure credentials by running \"aws configure\"."
        if !searched.isEmpty { text += " Looked in: " + searched.joined(separator: "; ") + "." }
        return text
    }
}
