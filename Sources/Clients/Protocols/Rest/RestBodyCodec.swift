import Foundation

/// The part of a REST protocol that differs between rest-json and rest-xml: how a structure
/// becomes an HTTP body and back. `RestRequestSerializer` and `RestResponseParser` do everything
/// else (URI, query string, headers, payload selection) the same way for both.
package protocol RestBodyCodec: Sendable {
    /// The body sent for a structure payload the caller left out, and for inputs that
    /// `requiresEmptyBody` (rest-json: `{}`; rest-xml: nothing).
    var emptyStructureBody: Data { get }

    /// The `Content-Type` for a structured body this codec wrote, when the caller set none
    /// (rest-json: `application/json`; rest-xml: none, as botocore).
    var structuredContentType: String? { get }

    /// Whether an input with no body parameters set still sends `emptyStructureBody`.
    func requiresEmptyBody(_ input: Shape) -> Bool

    /// Writes `value` (a map) as a body of structure `shape`; `rootName` names the root where the
    /// format has one (XML).
    func encode(_ value: Document, shape: Shape, rootName: String) throws -> Data

    /// Reads a body as structure `shape`; an empty body reads as an empty map.
    func decode(_ body: Data, shape: Shape) throws -> Document
}
