import Foundation

/// Turns an XML element into a `Document` shaped by a model shape, as botocore's
/// `BaseXMLResponseParser` does for the rest-xml, query and ec2 protocols.
///
/// Members are found by their `locationName` (else their name), by local name so namespace
/// prefixes do not matter; repeated elements form flattened lists and maps; `xmlAttribute`
/// members come from the element's attributes; members bound to headers or the status code
/// are left to the caller.
package enum XMLShapeDecoding {
    /// Decodes `element` as a value of `shape`.
    package static func decode(_ element: XMLTree.Element, shape: Shape) throws -> Document {
        try value(of: element, shape: shape)
    }

    /// Decodes a structure's members from `element` (its children and attributes).
    package static func decodeStructure(_ element: XMLTree.Element, shape: Shape) throws -> [String: Document] {
        // Only an error needs another element: copying `element` costs a retain per field.
        shape.isException ? try decodeMembers(errorRoot(of: element), shape: shape) : try decodeMembers(element, shape: shape)
    }

    /// The members of `shape` read from `node`'s children and attributes.
    private static func decodeMembers(_ node: XMLTree.Element, shape: Shape) throws -> [String: Document] {
        if shape.isUnion, let unknown = unknownUnionTag(XMLChildIndex(node), shape: shape) {
            return ["SDK_UNKNOWN_MEMBER": ["name": .string(unknown)]]
        }
        let layout = XMLStructureLayout.of(shape)
        let children = node.children
        // Sized once: `reserveCapacity` on an empty dictionary allocates, then resizes.
        var result = [String: Document](minimumCapacity: min(layout.members.count, children.count + node.attributes.count))
        guard !layout.members.isEmpty else { return result }
        // One pass over the children finds each member's first element; members are then read
        // in model order.
        try withUnsafeTemporaryAllocation(of: Int.self, capacity: layout.members.count) { firstChild in
            firstChild.initialize(repeating: -1)
            if !children.isEmpty {
                for index in children.indices {
                    var member = withLocalName(of: children[index].name) { layout.elementNames.first($0) }
                    while member >= 0 {
                        if firstChild[member] < 0 { firstChild[member] = index }
                        member = layout.elementNames.next(after: member)
                    }
                }
            }
            for position in layout.members.indices {
                let member = layout.members[position]
                let first = firstChild[position]
                if first >= 0 {
                    result[member.name] = member.isFlattenedCollection
                        ? try flattenedCollection(children, from: first, element: member.element, shape: member.shape)
                        : try value(of: children[first], shape: member.shape)
                } else if let attributeName = member.attribute, let value = attribute(of: node, named: attributeName) {
                    result[member.name] = .string(value)
                }
            }
        }
        return result
    }

    /// A flattened list or map: every child from `first` on whose local name is `element`.
    private static func flattenedCollection(_ children: [XMLTree.Element], from first: Int, element: [UInt8],
                                            shape: Shape) throws -> Document {
        if shape.type == .map {
            var entries: [XMLTree.Element] = []
            for index in first..<children.count where hasLocalName(children[index].name, element) {
                entries.append(children[index])
            }
            return .map(try mapEntries(entries, shape: shape))
        }
        guard let member = shape.listMember else { throw malformed("the list shape \(shape.name) has no member") }
        var items: [Document] = []
        for index in first..<children.count where hasLocalName(children[index].name, element) {
            items.append(try value(of: children[index], shape: member))
        }
        return .list(items)
    }

    /// Calls `body` with the UTF-8 bytes of the local name of `name` (after its last `:`).
    private static func withLocalName<Result>(of name: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        func local(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
            var start = bytes.count
            while start > 0, bytes[start - 1] != UInt8(ascii: ":") { start -= 1 }
            return body(UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        if let result = name.utf8.withContiguousStorageIfAvailable(local) { return result }
        return Array(name.utf8).withUnsafeBufferPointer(local)
    }

    /// Whether the local name of `name` is `element` (which has no `:`).
    private static func hasLocalName(_ name: String, _ element: [UInt8]) -> Bool {
        let bytes = name.utf8
        guard bytes.count >= element.count else { return false }
        if let result = bytes.withContiguousStorageIfAvailable({ buffer in
            let start = buffer.count - element.count
            guard start == 0 || buffer[start - 1] == UInt8(ascii: ":") else { return false }
            for offset in 0..<element.count where buffer[start + offset] != element[offset] { return false }
            return true
        }) {
            return result
        }
        return withLocalName(of: name) { $0.elementsEqual(element) }
    }

    /// The element that holds an error's fields: `<Error>` inside `<ErrorResponse>`, else the root.
    package static func errorRoot(of element: XMLTree.Element) -> XMLTree.Element {
        if element.localName == "ErrorResponse", let error = element.child(named: "Error") { return error }
        return element
    }

    /// The element name a member is read from: a flattened list's member `locationName`, else the
    /// member's `locationName`, else its name.
    package static func elementName(of member: Shape, memberName: String) -> String {
        if member.type == .list, member.isFlattened, let name = member.listMember?.locationName { return name }
        return member.locationName ?? memberName
    }

    // MARK: Values

    /// Decodes one element as a value of `shape`.
    static func value(of node: XMLTree.Element, shape: Shape) throws -> Document {
        switch shape.type {
        case .structure:
            return .map(try decodeStructure(node, shape: shape))
        case .list, .map:
            return try flattenedValue(of: shape.isFlattened ? [node] : [], wrapper: node, shape: shape)
        default:
            return try scalar(node.text, shape: shape)
        }
    }

    /// Decodes a list or map: from `nodes`, every repetition of the element when the shape is
    /// flattened, else from the children of `wrapper` (the first of `nodes` when not given).
    static func flattenedValue(of nodes: [XMLTree.Element], wrapper: XMLTree.Element? = nil, shape: Shape) throws -> Document {
        guard let node = wrapper ?? nodes.first else { return .null }
        let items = shape.isFlattened ? nodes : node.children
        if shape.type == .map { return .map(try mapEntries(items, shape: shape)) }
        guard let member = shape.listMember else { throw malformed("the list shape \(shape.name) has no member") }
        return .list(try items.map { try value(of: $0, shape: member) })
    }

    static func mapEntries(_ entries: [XMLTree.Element], shape: Shape) throws -> [String: Document] {
        guard let keyShape = shape.mapKey, let valueShape = shape.mapValue else {
            throw malformed("the map shape \(shape.name) has no key or value")
        }
        let keyName = keyShape.locationName ?? "key"
        let valueName = valueShape.locationName ?? "value"
        var result: [String: Document] = [:]
        for entry in entries {
            var key: String?
            var value: Document?
            for part in entry.children {
                if part.localName == keyName {
                    key = part.text
                } else if part.localName == valueName {
                    value = try self.value(of: part, shape: valueShape)
                } else {
                    throw malformed("unexpected <\(part.name)> in an entry of the map \(shape.name); expected <\(keyName)> and <\(valueName)>")
                }
            }
            guard let key else { continue }
            result[key] = value ?? (valueShape.type == .string ? .string("") : .null)
        }
        return result
    }

    /// Decodes element text as a scalar of `shape`'s type.
    package static func scalar(_ text: String, shape: Shape) throws -> Document {
        switch shape.type {
        case .string:
            return .string(text)
        case .boolean:
            return .bool(text == "true")
        case .byte, .short, .integer, .long:
            guard let value = Int(trimmed(text)) else { throw malformed("'\(text)' is not an integer (\(shape.name))") }
            return .int(value)
        case .bigInteger:
            let digits = trimmed(text)
            if let value = Int(digits) { return .int(value) }
            guard !digits.isEmpty, digits.drop(while: { $0 == "-" || $0 == "+" }).allSatisfy(\.isNumber) else {
                throw malformed("'\(text)' is not an integer (\(shape.name))")
            }
            return .string(String(digits))
        case .float, .double, .bigDecimal:
            guard let value = parseDouble(trimmed(text)) else { throw malformed("'\(text)' is not a number (\(shape.name))") }
            return .double(value)
        case .timestamp:
            let kept = trimmed(text)
            guard let date = TimestampFormat.parse(kept.utf8.count == text.utf8.count ? text : String(kept)) else {
                throw malformed("'\(text)' is not a timestamp (\(shape.name))")
            }
            return .timestamp(date)
        case .blob:
            guard let data = Data(base64Encoded: String(trimmed(text)), options: .ignoreUnknownCharacters) else {
                throw malformed("'\(text)' is not base64 (\(shape.name))")
            }
            return .blob(data)
        case .structure, .list, .map, .document:
            return .string(text)
        }
    }

    /// Python's `float()`: decimal and exponent forms, `NaN`, `Infinity`, `inf`, any case.
    static func parseDouble(_ text: Substring) -> Double? {
        if let value = Double(text) { return value }
        switch text.lowercased() {
        case "nan", "+nan", "-nan": return .nan
        case "infinity", "+infinity", "inf", "+inf": return .infinity
        case "-infinity", "-inf": return -.infinity
        default: return nil
        }
    }

    // MARK: Helpers

    /// The attribute for an `xmlAttribute` member: by qualified name, else (for a prefixed
    /// location name such as `xsi:type`) by local name under any prefix.
    static func attribute(of element: XMLTree.Element, named name: String) -> String? {
        if let value = element.attribute(name) { return value }
        guard name.contains(":") else { return nil }
        let local = XMLTree.Element.localName(of: name)
        return element.attributes.first { $0.name.contains(":") && XMLTree.Element.localName(of: $0.name) == local }?.value
    }

    /// The tag of a union's only member when it is not one the model knows, as botocore reports it.
    static func unknownUnionTag(_ children: XMLChildIndex, shape: Shape) -> String? {
        let names = children.distinctNames
        guard names.count == 1, let tag = names.first else { return nil }
        let known = shape.members.contains { elementName(of: $0.shape, memberName: $0.name) == tag }
        return known ? nil : String(tag)
    }

    /// `text` without leading and trailing spaces, tabs, CRs and LFs (each its own `Character`:
    /// a CR LF pair is one `Character`, equal to neither, so it is kept, as before this scan went
    /// byte by byte). Text whose kept part starts or ends with a non-ASCII byte next to a trimmed
    /// space goes the `Character` way, since a combining mark joins the space before it into one
    /// `Character`.
    static func trimmed(_ text: String) -> Substring {
        let bytes = text.utf8
        var start = bytes.startIndex, end = bytes.endIndex
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
        while start < end, isSpace(bytes[start]) {
            let next = bytes.index(after: start)
            if bytes[start] == 0x0D, next < end, bytes[next] == 0x0A { break }
            start = next
        }
        if start < end, bytes[start] >= 0x80, start > bytes.startIndex { return trimmedByCharacter(text) }
        while end > start, isSpace(bytes[bytes.index(before: end)]) {
            let last = bytes.index(before: end)
            if bytes[last] == 0x0A, last > start, bytes[bytes.index(before: last)] == 0x0D { break }
            end = last
        }
        // A non-ASCII `Character` may absorb a following space (prepended concatenation marks).
        if end < bytes.endIndex, end > start, bytes[bytes.index(before: end)] >= 0x80 { return trimmedByCharacter(text) }
        return text[start..<end]
    }

    private static func trimmedByCharacter(_ text: String) -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return text[first...last]
    }

    static func malformed(_ message: String) -> ProtocolError {
        ProtocolError(.malformedResponse, message)
    }
}
