import Foundation

extension CBORProtocol {
    /// Parses an error response as botocore does: the code from `__type` (namespace and any
    /// `:suffix` stripped) else the status code, the message from `message` or `Message`, the
    /// query-compatible code from `x-amzn-query-error`, and the modeled error's members.
    public func parseError(_ response: ProtocolResponse, operation: OperationModel) throws -> ParsedError {
        let requestID = response.headers["x-amzn-requestid"]
        if Self.isGenericServerError(response) {
            return ParsedError(code: String(response.statusCode), message: Self.reasonPhrase(response.statusCode),
                               requestID: requestID)
        }
        var body = CBORValue.map([])
        if !response.body.isEmpty, let decoded = try? Self.decoder.decode(response.body) { body = decoded }
        let message = body["message"]?.text ?? body["Message"]?.text ?? ""
        var code = body["__type"]?.text ?? String(response.statusCode)
        if let colon = code.firstIndex(of: ":") { code = String(code[..<colon]) }
        if let hash = code.lastIndex(of: "#") { code = String(code[code.index(after: hash)...]) }
        var error: [String: Document] = [:]
        if let queryError = response.headers["x-amzn-query-error"] {
            let parts = queryError.split(separator: ";", omittingEmptySubsequences: false)
            if parts.count == 2, !parts[0].isEmpty {
                error["QueryErrorCode"] = .string(code)
                error["Type"] = .string(String(parts[1]))
                code = String(parts[0])
            }
        }
        var modeled: [String: Document] = [:]
        if let shape = Self.errorShape(code: code, operation: operation), case .map = body,
           case .map(let fields)? = try? CBORResponseReader().read(body, shape: shape, path: "") {
            modeled = fields
        }
        return ParsedError(code: code, message: message, error: error, modeledFields: modeled, requestID: requestID)
    }

    /// The exception shape for `code`: the operation's own errors first, then the whole service.
    static func errorShape(code: String, operation: OperationModel) -> Shape? {
        operation.errors.first { $0.errorCode == code || $0.name == code } ?? operation.service.errorShape(forCode: code)
    }

    /// A 5xx response with no body or an HTML page (from a proxy or load balancer), which
    /// botocore reports by status code alone.
    static func isGenericServerError(_ response: ProtocolResponse) -> Bool {
        guard response.statusCode >= 500 else { return false }
        guard let first = response.body.firstIndex(where: { !Self.isWhitespace($0) }) else { return true }
        return response.body[first...].starts(with: Array("<html>".utf8))
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    /// The standard reason phrase of a server error status, as Python's `http.client.responses`.
    static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 500: return "Internal Server Error"
        case 501: return "Not Implemented"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        case 505: return "HTTP Version Not Supported"
        case 506: return "Variant Also Negotiates"
        case 507: return "Insufficient Storage"
        case 508: return "Loop Detected"
        case 510: return "Not Extended"
        case 511: return "Network Authentication Required"
        default: return ""
        }
    }
}
