import Foundation

/// Reads XML text into an `XMLTree.Element`, working directly on UTF-8 bytes.
///
/// Built for untrusted service responses: a document type declaration is skipped without being
/// read (no DTD, no external or custom entities, so no entity expansion attacks), only the five
/// predefined and numeric character references are decoded, nesting depth is bounded, and every
/// problem throws an `XMLParseError` with its byte offset. Comments, processing instructions
/// and the XML declaration are skipped; CDATA sections are kept as text.
///
/// ```swift
/// let root = try XMLReader.parse(Data("<a><b>1</b></a>".utf8))
/// root.child(named: "b")?.text   // "1"
/// ```
package enum XMLReader {
    /// The deepest element nesting accepted; deeper documents are rejected.
    package static let maximumDepth = 256

    /// Parses a whole document and returns its root element.
    package static func parse(_ data: Data) throws -> XMLTree.Element {
        try data.withUnsafeBytes { raw in
            var parser = XMLByteParser(bytes: raw.bindMemory(to: UInt8.self))
            return try parser.parseDocument()
        }
    }

    /// Parses a whole document given as text.
    package static func parse(_ text: String) throws -> XMLTree.Element {
        try parse(Data(text.utf8))
    }
}

/// The parser state over one buffer. Iterative (an explicit stack of open elements), so deep
/// input cannot overflow the call stack.
struct XMLByteParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: Document

    mutating func parseDocument() throws -> XMLTree.Element {
        if hasPrefix([0xEF, 0xBB, 0xBF]) { index += 3 }
        var root: XMLTree.Element?
        while true {
            skipWhitespace()
            guard index < bytes.count else { break }
            guard bytes[index] == UInt8(ascii: "<") else {
                throw error(root == nil ? "expected '<' to start the root element" : "text after the root element")
            }
            if hasPrefix("<?") {
                try skip(past: "?>", what: "processing instruction")
            } else if hasPrefix("<!--") {
                try skip(past: "-->", what: "comment")
            } else if hasPrefix("<!DOCTYPE") {
                guard root == nil else { throw error("a document type declaration after the root element") }
                try skipDoctype()
            } else if root != nil {
                throw error("a second root element")
            } else {
                root = try parseRootElement()
            }
        }
        guard let root else { throw error("the document has no root element") }
        return root
    }

    /// Parses the root element and everything inside it.
    mutating func parseRootElement() throws -> XMLTree.Element {
        let (first, firstClosed) = try parseStartTag()
        if firstClosed { return first }
        var stack: [XMLTree.Element] = [first]
        stack.reserveCapacity(16)
        while true {
            guard index < bytes.count else {
                throw error("the document ends inside <\(stack[stack.count - 1].name)>")
            }
            if bytes[index] != UInt8(ascii: "<") {
                try appendText(to: &stack[stack.count - 1])
                continue
            }
            guard index + 1 < bytes.count else { throw error("the document ends inside a tag") }
            switch bytes[index + 1] {
            case UInt8(ascii: "/"):
                let tagStart = index
                index += 2
                let name = try parseName()
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { throw error("expected '>' to end </\(name)>") }
                index += 1
                let element = stack.removeLast()
                guard element.name == name else {
                    throw XMLParseError(reason: "</\(name)> does not close <\(element.name)>", offset: tagStart)
                }
                if stack.isEmpty { return element }
                stack[stack.count - 1].children.append(element)
            case UInt8(ascii: "!"):
                if hasPrefix("<!--") {
                    try skip(past: "-->", what: "comment")
                } else if hasPrefix("<![CDATA[") {
                    index += 9
                    let start = index
                    guard let end = find("]]>") else { throw error("unterminated CDATA section") }
                    stack[stack.count - 1].text += string(start..<end)
                    index = end + 3
                } else {
                    throw error("a declaration is not allowed inside an element")
                }
            case UInt8(ascii: "?"):
                try skip(past: "?>", what: "processing instruction")
            default:
                guard stack.count < XMLReader.maximumDepth else {
                    throw error("elements nest deeper than \(XMLReader.maximumDepth) levels")
                }
                let (element, closed) = try parseStartTag()
                if closed {
                    stack[stack.count - 1].children.append(element)
                } else {
                    stack.append(element)
                }
            }
        }
    }

    // MARK: Tags

    /// Parses `<name attr="value" ...>` or `<name ... />` at `index`.
    mutating func parseStartTag() throws -> (XMLTree.Element, selfClosing: Bool) {
        index += 1  // "<"
        let name = try parseName()
        var attributes: [(name: String, value: String)] = []
        while true {
            let hadSpace = skipWhitespace()
            guard index < bytes.count else { throw error("the document ends inside <\(name)>") }
            switch bytes[index] {
            case UInt8(ascii: ">"):
                index += 1
                return (XMLTree.Element(name: name, attributes: attributes), false)
            case UInt8(ascii: "/"):
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else { throw error("expected '/>' in <\(name)>") }
                index += 2
                return (XMLTree.Element(name: name, attributes: attributes), true)
            default:
                guard hadSpace else { throw error("expected a space before the attribute in <\(name)>") }
                let attributeStart = index
                let attributeName = try parseName()
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
                    throw error("expected '=' after the attribute \(attributeName)")
                }
                index += 1
                skipWhitespace()
                let value = try parseAttributeValue()
                if attributes.contains(where: { $0.name == attributeName }) {
                    throw XMLParseError(reason: "the attribute \(attributeName) appears twice in <\(name)>", offset: attributeStart)
                }
                attributes.append((attributeName, value))
            }
        }
    }

    mutating func parseName() throws -> String {
        let start = index
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: "<"),
                 UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "&"):
                break
            default:
                index += 1
                continue
            }
            break
        }
        guard index > start else { throw error("expected a name") }
        let first = bytes[start]
        let startsWell = (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A) || first == UInt8(ascii: "_")
            || first == UInt8(ascii: ":") || first >= 0x80
        guard startsWell else { throw XMLParseError(reason: "a name cannot start with '\(Character(Unicode.Scalar(first)))'", offset: start) }
        return string(start..<index)
    }

    mutating func parseAttributeValue() throws -> String {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
            throw error("expected a quoted attribute value")
        }
        let quote = bytes[index]
        index += 1
        let start = index
        var plain = true
        while index < bytes.count, bytes[index] != quote {
            switch bytes[index] {
            case UInt8(ascii: "<"): throw error("'<' is not allowed in an attribute value")
            case UInt8(ascii: "&"), 0x09, 0x0A, 0x0D: plain = false
            default: break
            }
            index += 1
        }
        guard index < bytes.count else { throw XMLParseError(reason: "unterminated attribute value", offset: start - 1) }
        let end = index
        index += 1
        if plain { return string(start..<end) }
        return try decode(start..<end, inAttribute: true)
    }

    // MARK: Character data

    /// Appends the text run at `index` (up to the next `<`) to `element`.
    mutating func appendText(to element: inout XMLTree.Element) throws {
        let start = index
        var plain = true
        while index < bytes.count, bytes[index] != UInt8(ascii: "<") {
            if bytes[index] == UInt8(ascii: "&") || bytes[index] == 0x0D { plain = false }
            index += 1
        }
        if plain {
            if element.text.isEmpty {
                element.text = string(start..<index)
            } else {
                element.text += string(start..<index)
            }
        } else {
            element.text += try decode(start..<index, inAttribute: false)
        }
    }

    /// Decodes character references and normalizes line ends (and, in attributes, whitespace).
    func decode(_ range: Range<Int>, inAttribute: Bool) throws -> String {
        var out = [UInt8]()
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "&"):
                guard let semicolon = (i + 1..<min(range.upperBound, i + 12)).first(where: { bytes[$0] == UInt8(ascii: ";") }) else {
                    throw XMLParseError(reason: "'&' must start a character reference such as &amp;", offset: i)
                }
                try appendReference(i + 1..<semicolon, to: &out)
                i = semicolon + 1
                continue
            case 0x0D:
                out.append(inAttribute ? 0x20 : 0x0A)
                if i + 1 < range.upperBound, bytes[i + 1] == 0x0A { i += 1 }
            case 0x09, 0x0A:
                out.append(inAttribute ? 0x20 : byte)
            default:
                out.append(byte)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the character named by the reference body (`amp`, `#60`, `#x3C`).
    func appendReference(_ body: Range<Int>, to out: inout [UInt8]) throws {
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[body]), as: UTF8.self)
        switch name {
        case "lt": out.append(UInt8(ascii: "<"))
        case "gt": out.append(UInt8(ascii: ">"))
        case "amp": out.append(UInt8(ascii: "&"))
        case "quot": out.append(UInt8(ascii: "\""))
        case "apos": out.append(UInt8(ascii: "'"))
        default:
            guard name.hasPrefix("#") else {
                throw XMLParseError(reason: "undefined entity &\(name); (only the predefined entities and character references are read)",
                                    offset: body.lowerBound - 1)
            }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else {
                throw XMLParseError(reason: "invalid character reference &\(name);", offset: body.lowerBound - 1)
            }
            out.append(contentsOf: String(Character(scalar)).utf8)
        }
    }

    // MARK: Skipping

    /// Skips `<!DOCTYPE ...>` including an internal subset, without interpreting it: entities
    /// it declares stay undefined, so references to them fail.
    mutating func skipDoctype() throws {
        let start = index
        index += 9
        var bracketDepth = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                index += 1
                while index < bytes.count, bytes[index] != byte { index += 1 }
            case UInt8(ascii: "["):
                bracketDepth += 1
            case UInt8(ascii: "]"):
                bracketDepth -= 1
            case UInt8(ascii: ">") where bracketDepth <= 0:
                index += 1
                return
            default:
                break
            }
            index += 1
        }
        throw XMLParseError(reason: "unterminated document type declaration", offset: start)
    }

    mutating func skip(past terminator: StaticString, what: String) throws {
        let start = index
        guard let end = find(terminator) else { throw XMLParseError(reason: "unterminated \(what)", offset: start) }
        index = end + terminator.utf8CodeUnitCount
    }

    @discardableResult
    mutating func skipWhitespace() -> Bool {
        let start = index
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return index > start
            }
        }
        return index > start
    }

    // MARK: Helpers

    /// The offset of the next occurrence of `needle` at or after `index`.
    func find(_ needle: StaticString) -> Int? {
        let count = needle.utf8CodeUnitCount
        return needle.withUTF8Buffer { pattern -> Int? in
            let first = pattern[0]
            var i = index
            while i + count <= bytes.count {
                if bytes[i] == first {
                    var matched = true
                    for k in 1..<count where bytes[i + k] != pattern[k] {
                        matched = false
                        break
                    }
                    if matched { return i }
                }
                i += 1
            }
            return nil
        }
    }

    func hasPrefix(_ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { hasPrefix(Array($0)) }
    }

    func hasPrefix(_ prefix: [UInt8]) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for (offset, byte) in prefix.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    func error(_ reason: String) -> XMLParseError {
        XMLParseError(reason: reason, offset: index)
    }
}
