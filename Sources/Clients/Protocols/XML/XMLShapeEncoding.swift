import Foundation

/// Turns a `Document` into XML elements shaped by a model shape, as botocore's
/// `RestXMLSerializer` builds request bodies: members in model order under their
/// `locationName`, `xmlAttribute` members as attributes, `xmlNamespace` as `xmlns[:prefix]`,
/// lists wrapped in `<member>` (or the member's `locationName`) unless flattened, maps as
/// `<entry><key/><value/></entry>`, timestamps ISO 8601 unless the shape says otherwise, blobs
/// base64, booleans `true` / `false`.
package enum XMLShapeEncoding {
    /// The XML text of `value` as the element `rootName` of type `shape`.
    package static func encode(_ value: Document, shape: Shape, rootName: String) throws -> Data {
        XMLWriter.data(try element(value, shape: shape, rootName: rootName))
    }

    /// The element for `value` named `rootName` (the first one, for a flattened list or map).
    package static func element(_ value: Document, shape: Shape, rootName: String) throws -> XMLTree.Element {
        var pseudoRoot = XMLTree.Element(name: "")
        try append(value, shape: shape, name: rootName, to: &pseudoRoot)
        guard let root = pseudoRoot.children.first else {
            throw ProtocolError(.serialization, "nothing to serialize for <\(rootName)>")
        }
        return root
    }

    /// Appends the element(s) for `value` named `name` to `parent`.
    package static func append(_ value: Document, shape: Shape, name: String, to parent: inout XMLTree.Element) throws {
        switch shape.type {
        case .structure:
            guard case .map(let entries) = value else { throw mismatch(value, shape: shape, name: name) }
            var node = XMLTree.Element(name: name)
            addNamespace(of: shape, to: &node)
            for key in entries.keys where shape.member(key) == nil {
                throw ProtocolError(.serialization, "unknown parameter \(key) in \(name); valid: \(shape.memberNames.joined(separator: ", "))")
            }
            for (memberName, member) in shape.members {
                guard let memberValue = entries[memberName], !memberValue.isNull else { continue }
                let memberElementName = member.locationName ?? memberName
                if member.isXMLAttribute {
                    node.attributes.append((memberElementName, try scalarText(memberValue, shape: member, name: memberElementName)))
                } else {
                    try append(memberValue, shape: member, name: memberElementName, to: &node)
                }
            }
            parent.children.append(node)
        case .list:
            guard case .list(let items) = value else { throw mismatch(value, shape: shape, name: name) }
            guard let member = shape.listMember else { throw ProtocolError(.serialization, "the list shape \(shape.name) has no member") }
            if shape.isFlattened {
                addNamespace(of: shape, to: &parent)
                for item in items { try append(item, shape: member, name: name, to: &parent) }
            } else {
                var node = XMLTree.Element(name: name)
                addNamespace(of: shape, to: &node)
                let itemName = member.locationName ?? "member"
                for item in items { try append(item, shape: member, name: itemName, to: &node) }
                parent.children.append(node)
            }
        case .map:
            guard case .map(let entries) = value else { throw mismatch(value, shape: shape, name: name) }
            guard let keyShape = shape.mapKey, let valueShape = shape.mapValue else {
                throw ProtocolError(.serialization, "the map shape \(shape.name) has no key or value")
            }
            let keyName = keyShape.locationName ?? "key"
            let valueName = valueShape.locationName ?? "value"
            var container = XMLTree.Element(name: name)
            addNamespace(of: shape, to: &container)
            for key in entries.keys.sorted() {
                var entry = XMLTree.Element(name: shape.isFlattened ? name : "entry")
                try append(.string(key), shape: keyShape, name: keyName, to: &entry)
                try append(entries[key] ?? .null, shape: valueShape, name: valueName, to: &entry)
                if shape.isFlattened {
                    parent.children.append(entry)
                } else {
                    container.children.append(entry)
                }
            }
            if !shape.isFlattened { parent.children.append(container) }
        default:
            var node = XMLTree.Element(name: name, text: try scalarText(value, shape: shape, name: name))
            addNamespace(of: shape, to: &node)
            parent.children.append(node)
        }
    }

    /// The text botocore writes for a scalar of `shape`'s type.
    package static func scalarText(_ value: Document, shape: Shape, name: String) throws -> String {
        switch shape.type {
        case .boolean:
            guard case .bool(let flag) = value else { throw mismatch(value, shape: shape, name: name) }
            return flag ? "true" : "false"
        case .blob:
            guard let data = value.blobValue else { throw mismatch(value, shape: shape, name: name) }
            return data.base64EncodedString()
        case .timestamp:
            guard let date = value.timestampValue else { throw mismatch(value, shape: shape, name: name) }
            return (shape.timestampFormat ?? .iso8601).format(date)
        default:
            guard let text = value.scalarText else { throw mismatch(value, shape: shape, name: name) }
            return text
        }
    }

    /// Adds `xmlns` (or `xmlns:prefix`) for a shape with an `xmlNamespace` trait.
    package static func addNamespace(of shape: Shape, to element: inout XMLTree.Element) {
        guard let namespace = shape.xmlNamespace else { return }
        let attributeName = namespace.prefix.map { $0.isEmpty ? "xmlns" : "xmlns:\($0)" } ?? "xmlns"
        if let index = element.attributes.firstIndex(where: { $0.name == attributeName }) {
            element.attributes[index].value = namespace.uri
        } else {
            element.attributes.append((attributeName, namespace.uri))
        }
    }

    static func mismatch(_ value: Document, shape: Shape, name: String) -> ProtocolError {
        ProtocolError(.serialization, "\(name) must be a \(shape.type.rawValue) (shape \(shape.name)), not \(value)")
    }
}
