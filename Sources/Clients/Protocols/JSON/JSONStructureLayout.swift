/// The members of one JSON structure shape by key (`locationName`, else the member name), worked
/// out once per shape and kept on it, so decoding an object looks its keys up without hashing
/// every member name of the model.
final class JSONStructureLayout: Sendable {
    /// Members in model order.
    let members: [(name: String, shape: Shape)]
    /// `members` by JSON key.
    let keys: ShapeNameTable

    /// The layout of `shape`, worked out on first use and kept on the shape.
    static func of(_ shape: Shape) -> JSONStructureLayout {
        if let layout = shape.jsonDecodingLayout.load() { return layout }
        return shape.jsonDecodingLayout.storeIfNil(JSONStructureLayout(shape))
    }

    init(_ shape: Shape) {
        members = shape.members
        keys = ShapeNameTable(members.map { $0.shape.locationName ?? $0.name }, caseInsensitive: false)
    }
}
