/// The body members of one XML structure shape, worked out once per shape and kept on it: what
/// element (or attribute) each is read from, and a table that finds members by element name, so
/// decoding a structure is one pass over its children (a 1000-key listing decodes 1000 of them).
final class XMLStructureLayout: Sendable {
    /// One member read from the body.
    struct Member: Sendable {
        let name: String
        let shape: Shape
        /// The element's local name (a flattened list's member `locationName`, else the member's
        /// `locationName`, else its name), as UTF-8.
        let element: [UInt8]
        /// A flattened list or map: every repetition of the element is one item.
        let isFlattenedCollection: Bool
        /// The attribute an `xmlAttribute` member falls back to, else `nil`.
        let attribute: String?
    }

    /// Members in model order, without those bound to headers, the status code or event headers.
    let members: [Member]
    /// `members` by element local name. Names with a `:` are left out: a local name has none.
    let elementNames: ShapeNameTable

    /// The layout of `shape`, worked out on first use and kept on the shape.
    static func of(_ shape: Shape) -> XMLStructureLayout {
        if let layout = shape.xmlDecodingLayout.load() { return layout }
        return shape.xmlDecodingLayout.storeIfNil(XMLStructureLayout(shape))
    }

    init(_ shape: Shape) {
        var members: [Member] = []
        var names: [String?] = []
        for (name, member) in shape.members {
            if let location = member.location, location == .header || location == .headers || location == .statusCode { continue }
            if member.isEventHeader { continue }
            let element = XMLShapeDecoding.elementName(of: member, memberName: name)
            members.append(Member(name: name, shape: member, element: Array(element.utf8),
                                  isFlattenedCollection: member.isFlattened && (member.type == .list || member.type == .map),
                                  attribute: member.isXMLAttribute ? member.locationName ?? name : nil))
            names.append(element.utf8.contains(UInt8(ascii: ":")) ? nil : element)
        }
        self.members = members
        elementNames = ShapeNameTable(names, caseInsensitive: false)
    }
}
