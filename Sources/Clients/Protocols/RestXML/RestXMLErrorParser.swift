import Foundation

/// Reads the code and message of a rest-xml error response, as botocore's
/// `RestXMLParser._do_error_parse`: S3's `<Error>` root, or `<ErrorResponse><Error>` for other
/// services (Route 53, CloudFront); a body that is missing or not XML yields the status code.
package enum RestXMLErrorParser {
    /// Deeper error bodies than this are cut off (their nested fields are dropped).
    static let maximumDepth = 32

    /// The error's code, message and every other field of botocore's `Error` dict, without the
    /// modeled fields.
    package static func parse(_ response: ProtocolResponse) -> ParsedError {
        let headerRequestID = response.headers["x-amzn-requestid"] ?? response.headers["x-amz-request-id"]
        guard !response.body.isEmpty, let root = try? XMLReader.parse(response.body) else {
            return GenericErrorResponse.statusError(response.statusCode, requestID: response.headers["x-amz-request-id"])
        }
        var fields = flatten(root, depth: 0)
        var errorFields: [String: Document]
        var requestID: String?
        if root.localName == "Error" {
            requestID = headerRequestID
            fields["RequestId"] = nil
            fields["HostId"] = nil
            errorFields = fields
        } else {
            requestID = fields["RequestId"]?.string ?? headerRequestID
            errorFields = fields["Error"]?.dictionary ?? [:]
        }
        let code = errorFields["Code"]?.string ?? ""
        let message = errorFields["Message"]?.string ?? ""
        return ParsedError(code: code, message: message, error: errorFields, requestID: requestID)
    }

    /// botocore's `_build_name_to_xml_node` and `_replace_nodes`: children by local name, text
    /// for leaves, nested maps for elements with children; repeated names keep the last one.
    static func flatten(_ element: XMLTree.Element, depth: Int) -> [String: Document] {
        var fields: [String: Document] = [:]
        for child in element.children {
            if child.children.isEmpty {
                fields[String(child.localName)] = .string(child.text)
            } else if depth < maximumDepth {
                fields[String(child.localName)] = .map(flatten(child, depth: depth + 1))
            }
        }
        return fields
    }
}
