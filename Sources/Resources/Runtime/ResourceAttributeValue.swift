import Foundation

/// A Swift type a typed handle reads an attribute as: `String`, `Int`, `Double`, `Bool`, `Date`,
/// `Data`, or `Document` for structures, lists and maps.
public protocol ResourceAttributeValue: Sendable {
    /// The value held in `document`, `nil` when it holds another kind of value.
    init?(attributeValue document: Document)
}

extension String: ResourceAttributeValue {
    /// The text of a `.string`.
    public init?(attributeValue document: Document) {
        guard let value = document.string else { return nil }
        self = value
    }
}

extension Int: ResourceAttributeValue {
    /// The value of an `.int` (or a whole `.double`), or of a `.string` of digits.
    public init?(attributeValue document: Document) {
        if let value = document.int {
            self = value
        } else if let text = document.string, let value = Int(text) {
            self = value
        } else {
            return nil
        }
    }
}

extension Double: ResourceAttributeValue {
    /// The value of a `.double` or `.int`, or of a `.string` holding a number.
    public init?(attributeValue document: Document) {
        if let value = document.double {
            self = value
        } else if let text = document.string, let value = Double(text) {
            self = value
        } else {
            return nil
        }
    }
}

extension Bool: ResourceAttributeValue {
    /// The value of a `.bool`, or of a `.string` reading `true` or `false`.
    public init?(attributeValue document: Document) {
        switch document {
        case .bool(let value): self = value
        case .string("true"): self = true
        case .string("false"): self = false
        default: return nil
        }
    }
}

extension Date: ResourceAttributeValue {
    /// The value of a `.timestamp`, of a `.string` in a timestamp format, or of epoch seconds.
    public init?(attributeValue document: Document) {
        switch document {
        case .timestamp(let value): self = value
        case .string(let text):
            guard let value = TimestampFormat.parse(text) else { return nil }
            self = value
        case .int, .double:
            guard let seconds = document.double else { return nil }
            self = Date(timeIntervalSince1970: seconds)
        default: return nil
        }
    }
}

extension Data: ResourceAttributeValue {
    /// The bytes of a `.blob`, or of a base64 `.string`.
    public init?(attributeValue document: Document) {
        switch document {
        case .blob(let value): self = value
        case .string(let text):
            guard let value = Data(base64Encoded: text) else { return nil }
            self = value
        default: return nil
        }
    }
}

extension Document: ResourceAttributeValue {
    /// The document itself.
    public init?(attributeValue document: Document) {
        self = document
    }
}
