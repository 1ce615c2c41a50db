import Foundation

/// Reads the code and message of a json or rest-json error response, as botocore's
/// `RestJSONParser._do_error_parse`: the code is the `x-amzn-errortype` header, else the body's
/// `code`/`Code`, else its `__type`, else the status code, with `namespace#` and `:uri` stripped.
///
/// botocore's json parser looks at `__type` only (then the status code), and so does this one for
/// the json protocol (`restJSON: false`): a body `code` or an `x-amzn-errortype` header gives the
/// same result as in botocore, the status code.
package enum JSONErrorParser {
    /// The error's code, message and botocore `Error` extras (`QueryErrorCode`, `Type`), without
    /// the modeled fields.
    package static func parse(_ response: ProtocolResponse, restJSON: Bool = true) -> ParsedError {
        let body = bodyObject(response.body)
        let message = body["message"]?.string ?? body["Message"]?.string ?? body["errorMessage"]?.string ?? ""
        var code = body["__type"]?.string.map(sanitize) ?? String(response.statusCode)
        if restJSON, let header = response.headers["x-amzn-errortype"] {
            code = sanitize(header)
        } else if restJSON, let bodyCode = body["code"] ?? body["Code"] {
            code = bodyCode.string.map(sanitize) ?? ""
        }
        // The query-compatible code wins over every other source, as in botocore (SQS's
        // `AWS.SimpleQueueService.NonExistentQueue` over `QueueDoesNotExist`).
        var extras: [String: Document] = [:]
        if let queryError = response.headers["x-amzn-query-error"] {
            let parts = queryError.split(separator: ";", omittingEmptySubsequences: false)
            if parts.count == 2, !parts[0].isEmpty {
                extras["QueryErrorCode"] = .string(code)
                extras["Type"] = .string(String(parts[1]))
                code = String(parts[0])
            }
        }
        return ParsedError(code: code, message: message, error: extras, requestID: response.headers["x-amzn-requestid"])
    }

    /// `aws.protocoltests#FooError:http://internal/` → `FooError`.
    package static func sanitize(_ code: String) -> String {
        var text = Substring(code)
        if let colon = text.firstIndex(of: ":") { text = text[..<colon] }
        if let hash = text.lastIndex(of: "#") { text = text[text.index(after: hash)...] }
        return String(text)
    }

    /// The body as a JSON object; a body that is not JSON becomes `{"message": body}` as botocore does.
    package static func bodyObject(_ body: Data) -> JSONObject {
        guard !body.isEmpty else { return JSONObject() }
        guard let value = try? JSONValue.parse(body) else {
            return JSONObject([("message", .string(String(decoding: body, as: UTF8.self)))])
        }
        return value.object ?? JSONObject()
    }
}
