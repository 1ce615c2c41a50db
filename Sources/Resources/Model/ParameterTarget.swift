/// Where a request parameter goes: boto3's reverse-JMESPath target (`QueueUrl`, `Delete.Objects[*].Key`,
/// `AttributeNames[]`, `Filters[0].Values[0]`), parsed once when the model is read.
public struct ParameterTarget: Sendable, Hashable, CustomStringConvertible {
    /// One dotted part of a target.
    public enum Segment: Sendable, Hashable {
        /// A structure member (`Foo`).
        case key(String)
        /// A list member at a position (`Foo[2]`).
        case element(String, Position)
    }

    /// Which element of a list a segment addresses.
    public enum Position: Sendable, Hashable {
        /// `Foo[]`: a new element at the end.
        case append
        /// `Foo[*]`: the element at the caller's index (a batch action's item position).
        case current
        /// `Foo[2]`: a fixed element.
        case literal(Int)
    }

    /// The largest literal index accepted, so a malformed model cannot make us allocate without bound.
    static let maximumLiteralIndex = 10_000

    /// The target as written in the model.
    public let text: String
    /// The parsed parts, outermost first.
    public let segments: [Segment]

    /// Parses a target; `path` names its place in the model for errors.
    public init(_ text: String, path: String = "") throws(ModelError) {
        self.text = text
        var segments: [Segment] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: false) {
            guard !part.isEmpty else {
                throw ModelError(.invalidDefinition, "The parameter target '\(text)' has an empty part.", path: path)
            }
            guard part.hasSuffix("]"), let open = part.lastIndex(of: "[") else {
                segments.append(.key(String(part)))
                continue
            }
            let name = String(part[..<open])
            let inner = part[part.index(after: open)..<part.index(before: part.endIndex)]
            switch inner {
            case "": segments.append(.element(name, .append))
            case "*": segments.append(.element(name, .current))
            default:
                guard let index = Int(inner), index >= 0, index <= Self.maximumLiteralIndex else {
                    throw ModelError(.invalidDefinition,
                                     "The parameter target '\(text)' has the index '[\(inner)]'; use [], [*] or a number up to \(Self.maximumLiteralIndex).",
                                     path: path)
                }
                segments.append(.element(name, .literal(index)))
            }
        }
        self.segments = segments
    }

    /// The target as written in the model.
    public var description: String { text }
}
