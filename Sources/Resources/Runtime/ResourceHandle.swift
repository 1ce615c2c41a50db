/// A handle on a resource: the dynamic `Resource` itself, or a typed handle generated for a resource
/// type (`S3.Bucket`) that wraps one and calls into it.
///
/// Handles are values; copies share the loaded data. They compare and hash by resource type and
/// identifiers, as boto3's resources do.
public protocol ResourceHandle: Sendable, Hashable, CustomStringConvertible {
    /// Wraps a resource (of the handle's type: the generated code and the interpreter guarantee it).
    init(resource: Resource)
    /// The dynamic resource underneath.
    var resource: Resource { get }
}

extension ResourceHandle {
    /// Client, service name, identifiers, data and model of the resource.
    public var meta: ResourceMeta { resource.meta }

    /// boto3's form: `s3.Bucket(name='photos')`.
    public var description: String { resource.description }

    /// Equal when the resource type and identifiers are.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.resource == rhs.resource }

    /// Hashes the resource type and identifiers.
    public func hash(into hasher: inout Hasher) { resource.hash(into: &hasher) }
}
