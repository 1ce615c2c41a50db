/// An attribute of a resource: a member of its shape, read from its loaded data.
public struct ResourceAttribute: Sendable {
    /// The shape member name (`CreationDate`).
    public let name: String
    /// The Swift member name (`creationDate`), suffixed `Attribute` when an earlier member took the name.
    public let swiftName: String
    /// boto3's attribute name (`creation_date`).
    public let pythonName: String
    /// The member's shape, for its type.
    public let shape: Shape
    /// The identifier this attribute mirrors (read without loading), when the model says so with `memberName`.
    public let identifierAlias: String?

    /// Creates an attribute.
    public init(name: String, swiftName: String, pythonName: String, shape: Shape, identifierAlias: String?) {
        self.name = name
        self.swiftName = swiftName
        self.pythonName = pythonName
        self.shape = shape
        self.identifierAlias = identifierAlias
    }
}
