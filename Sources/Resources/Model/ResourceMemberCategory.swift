/// The kinds of members a resource has, in boto3's order of precedence for names: an earlier kind
/// keeps a contested name and a later one takes a suffix (`name_attribute` in Python,
/// `nameAttribute` in Swift).
public enum ResourceMemberCategory: String, Sendable, Hashable, CaseIterable {
    /// An identifier.
    case identifier
    /// An action.
    case action
    /// A sub-resource.
    case subresource
    /// A data reference.
    case reference
    /// A collection.
    case collection
    /// A waiter.
    case waiter
    /// An attribute (a member of the resource's shape).
    case attribute

    /// boto3's suffix for a renamed member (`_attribute`).
    var pythonSuffix: String { "_" + rawValue }

    /// The Swift suffix for a renamed member (`Attribute`).
    var swiftSuffix: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
