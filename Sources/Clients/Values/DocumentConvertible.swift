import Foundation

/// A plain Swift value that can stand where a `Document` is expected in keyword calls.
///
/// String, Int, Double, Bool, Data, Date, `Document` itself, and arrays / string-keyed dictionaries
/// and optionals of them conform, so `client.putObject(Bucket: name, Body: data)` type-checks.
public protocol DocumentConvertible: Sendable {
    /// This value as a `Document`.
    var document: Document { get }
}

extension Document: DocumentConvertible {
    /// The document itself.
    public var document: Document { self }
}

extension String: DocumentConvertible {
    /// `.string(self)`.
    public var document: Document { .string(self) }
}

extension Substring: DocumentConvertible {
    /// `.string(String(self))`.
    public var document: Document { .string(String(self)) }
}

extension Int: DocumentConvertible {
    /// `.int(self)`.
    public var document: Document { .int(self) }
}

extension Int32: DocumentConvertible {
    /// `.int(Int(self))`.
    public var document: Document { .int(Int(self)) }
}

extension Int64: DocumentConvertible {
    /// `.int(Int(self))`.
    public var document: Document { .int(Int(self)) }
}

extension UInt: DocumentConvertible {
    /// `.int` when it fits, else `.double`.
    public var document: Document { Int(exactly: self).map(Document.int) ?? .double(Double(self)) }
}

extension Double: DocumentConvertible {
    /// `.double(self)`.
    public var document: Document { .double(self) }
}

extension Float: DocumentConvertible {
    /// `.double(Double(self))`.
    public var document: Document { .double(Double(self)) }
}

extension Bool: DocumentConvertible {
    /// `.bool(self)`.
    public var document: Document { .bool(self) }
}

extension Data: DocumentConvertible {
    /// `.blob(self)`.
    public var document: Document { .blob(self) }
}

extension Date: DocumentConvertible {
    /// `.timestamp(self)`.
    public var document: Document { .timestamp(self) }
}

extension Array: DocumentConvertible where Element: DocumentConvertible {
    /// `.list` of the elements' documents.
    public var document: Document { .list(map(\.document)) }
}

extension Dictionary: DocumentConvertible where Key == String, Value: DocumentConvertible {
    /// `.map` of the values' documents.
    public var document: Document { .map(mapValues(\.document)) }
}

extension Optional: DocumentConvertible where Wrapped: DocumentConvertible {
    /// The wrapped value's document, or `.null`.
    public var document: Document { self?.document ?? .null }
}

extension Document {
    /// Creates a document from any convertible Swift value.
    public init(_ value: some DocumentConvertible) { self = value.document }
}
