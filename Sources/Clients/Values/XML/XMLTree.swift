/// A parsed XML document as a plain tree of elements, the form every XML protocol works on.
///
/// A namespace rather than a type so the element type does not clash with Foundation's
/// `XMLElement` / `XMLNode` / `XMLDocument` on Apple platforms.
package enum XMLTree {
    /// One element: its qualified name, attributes in document order, child elements in order,
    /// and the concatenation of its own character data (entities decoded, CDATA included).
    package struct Element: Sendable, CustomStringConvertible {
        /// The qualified name as written, prefix kept (`xsi:type`, `ListBucketResult`).
        package var name: String
        /// Attributes in document order, names qualified as written (`xmlns`, `xmlns:xsi`).
        package var attributes: [(name: String, value: String)]
        /// Child elements in document order.
        package var children: [Element]
        /// The element's own character data, children's text excluded. Not trimmed.
        package var text: String

        /// Creates an element.
        package init(name: String, attributes: [(name: String, value: String)] = [], children: [Element] = [],
                     text: String = "") {
            self.name = name
            self.attributes = attributes
            self.children = children
            self.text = text
        }

        /// The name without its namespace prefix (`type` for `xsi:type`), as botocore matches tags.
        package var localName: Substring { Self.localName(of: name) }

        /// The part of a qualified name after its prefix.
        package static func localName(of name: String) -> Substring {
            guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return Substring(name) }
            return name[name.utf8.index(after: colon)...]
        }

        /// The first child whose local name is `name`.
        package func child(named name: String) -> Element? {
            children.first { $0.localName == name }
        }

        /// The value of the attribute with exactly this qualified name.
        package func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }

        /// The XML text of the element (`<a x="1">t</a>`), for diagnostics.
        package var description: String { XMLWriter.string(self) }
    }
}
