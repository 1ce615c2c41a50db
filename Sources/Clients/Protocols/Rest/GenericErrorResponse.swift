/// Error responses that no protocol parser can read (a proxy's HTML page, a bodiless 5xx), handled
/// as botocore's `ResponseParser` does: the status code becomes the error code and its reason phrase
/// the message.
package enum GenericErrorResponse {
    /// The error for a generic response, or `nil` when the protocol should parse the body itself:
    /// only 5xx responses whose body is empty or an HTML page qualify.
    package static func parse(_ response: ProtocolResponse) -> ParsedError? {
        guard response.statusCode >= 500 else { return nil }
        var start = response.body.startIndex
        while start < response.body.endIndex, isSpace(response.body[start]) { start += 1 }
        let rest = response.body[start...]
        guard rest.isEmpty || rest.starts(with: Array("<html>".utf8)) else { return nil }
        return statusError(response.statusCode)
    }

    /// An error named by the status code alone (`404`, `Not Found`).
    package static func statusError(_ statusCode: Int, requestID: String? = nil) -> ParsedError {
        ParsedError(code: String(statusCode), message: HTTPStatusText.reason(for: statusCode), requestID: requestID)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }
}
