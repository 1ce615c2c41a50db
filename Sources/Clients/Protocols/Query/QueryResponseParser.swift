import Foundation

/// Parses query and ec2 responses, as botocore's `QueryParser` and `EC2QueryParser` do.
///
/// Success: the output structure is read from the operation's `resultWrapper` element
/// (`<FooResult>` inside `<FooResponse>`; ec2 has none), `ResponseMetadata` / `requestId` left
/// to the client. Errors: `<ErrorResponse><Error><Code/><Message/>...</Error><RequestId/>`
/// (query) or `<Response><Errors><Error>...</Error></Errors><RequestID/>` (ec2), with the
/// fields of the modeled error shape read from the `<Error>` element.
package struct QueryResponseParser: Sendable {
    /// The dialect (where errors live, how the request ID is spelled).
    package let dialect: QuerySerializer.Dialect

    /// A parser for `dialect`.
    package init(dialect: QuerySerializer.Dialect) {
        self.dialect = dialect
    }

    /// The output document of a successful response.
    package func parse(_ response: ProtocolResponse, operation: OperationModel) throws -> Document {
        guard let output = operation.output, !Self.isBlank(response.body) else { return .map([:]) }
        let root = try Self.readXML(response.body)
        var start = root
        if let wrapper = output.resultWrapper {
            guard let wrapped = root.child(named: wrapper) else { return .map([:]) }
            start = wrapped
        }
        return .map(try XMLShapeDecoding.decodeStructure(start, shape: output))
    }

    /// The service error in an error response.
    package func parseError(_ response: ProtocolResponse, operation: OperationModel) throws -> ParsedError {
        let status = response.statusCode
        if status >= 500, Self.isBlank(response.body) || Self.trimmedPrefix(response.body, is: "<html>") {
            return ParsedError(code: String(status), message: HTTPStatusText.reason(for: status))
        }
        guard !Self.isBlank(response.body), let root = try? XMLReader.parse(response.body) else {
            return ParsedError(code: String(status), message: HTTPStatusText.reason(for: status))
        }
        var fields = Self.textFields(of: root)
        if case .map(let errors)? = fields.removeValue(forKey: "Errors") {
            fields.merge(errors) { _, new in new }
        }
        let requestID = (fields["RequestId"] ?? fields["RequestID"])?.string
        guard case .map(let error)? = fields["Error"] else {
            return ParsedError(code: String(status), message: HTTPStatusText.reason(for: status), requestID: requestID)
        }
        let code = error["Code"]?.string ?? String(status)
        var modeled: [String: Document] = [:]
        if let shape = operation.errors.first(where: { $0.errorCode == code }) ?? operation.service.errorShape(forCode: code) {
            modeled = try XMLShapeDecoding.decodeStructure(errorElement(of: root), shape: shape)
        }
        return ParsedError(code: code, message: error["Message"]?.string ?? "", error: error, modeledFields: modeled,
                           requestID: requestID)
    }

    /// The request ID of a successful response, as botocore's `_inject_response_metadata` reads it:
    /// `<ResponseMetadata><RequestId>` under the root (query) or the root's `<requestId>` (ec2).
    package func requestID(in response: ProtocolResponse) -> String? {
        guard !Self.isBlank(response.body), let root = try? XMLReader.parse(response.body) else { return nil }
        switch dialect {
        case .query: return root.child(named: "ResponseMetadata")?.child(named: "RequestId")?.text
        case .ec2: return root.child(named: "requestId")?.text
        }
    }

    /// The `<Error>` element holding the error's fields.
    func errorElement(of root: XMLTree.Element) -> XMLTree.Element {
        switch dialect {
        case .query:
            return XMLShapeDecoding.errorRoot(of: root)
        case .ec2:
            return root.child(named: "Errors")?.child(named: "Error") ?? root
        }
    }

    // MARK: Helpers

    /// botocore's `_replace_nodes`: children by local name, leaves as their text, the first of
    /// repeated elements.
    static func textFields(of element: XMLTree.Element) -> [String: Document] {
        var fields: [String: Document] = [:]
        for child in element.children {
            let key = String(child.localName)
            guard fields[key] == nil else { continue }
            fields[key] = child.children.isEmpty ? .string(child.text) : .map(textFields(of: child))
        }
        return fields
    }

    static func readXML(_ body: Data) throws -> XMLTree.Element {
        do {
            return try XMLReader.parse(body)
        } catch {
            throw ProtocolError(.malformedResponse, "the response is not valid XML (\(error)); retrying may succeed")
        }
    }

    static func isBlank(_ body: Data) -> Bool {
        body.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    }

    static func trimmedPrefix(_ body: Data, is prefix: String) -> Bool {
        guard let start = body.firstIndex(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { return false }
        return body[start...].starts(with: prefix.utf8)
    }
}
