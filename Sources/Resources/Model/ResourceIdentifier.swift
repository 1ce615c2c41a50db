/// An identifier of a resource: a value needed to address it (a bucket's `Name`, a queue's `Url`).
public struct ResourceIdentifier: Sendable, Hashable {
    /// The name in the model (`BucketName`).
    public let name: String
    /// The shape member holding the same value, when the model names one (`KeyName` for a key pair's `Name`).
    public let memberName: String?
    /// The declared type (`integer` for an S3 part number), when the model declares one.
    public let type: String?
    /// The Swift member name (`bucketName`).
    public let swiftName: String
    /// boto3's attribute name (`bucket_name`).
    public let pythonName: String

    /// Creates an identifier.
    public init(name: String, memberName: String?, type: String?, swiftName: String, pythonName: String) {
        self.name = name
        self.memberName = memberName
        self.type = type
        self.swiftName = swiftName
        self.pythonName = pythonName
    }
}
