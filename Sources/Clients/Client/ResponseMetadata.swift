/// Builds boto3's `ResponseMetadata`: request and host IDs, status, lowercased headers, retry attempts.
enum ResponseMetadata {
    static func document(statusCode: Int, headers: HTTPHeaders, retryAttempts: Int, requestIDFromBody: String? = nil,
                         maxAttemptsReached: Bool = false) -> Document {
        var httpHeaders = [String: Document](minimumCapacity: headers.count)
        // The request and host IDs are picked up on the same pass over the fields: the first
        // field of each name, as `headers[name]` reads them.
        var amznRequestID: String?, amzRequestID: String?, amznDashedRequestID: String?, hostID: String?
        for field in headers {
            let name = lowercasedName(field.name)
            // One hash per header; a repeated header (rare) then joins its values.
            if case .string(let existing)? = httpHeaders.updateValue(.string(field.value), forKey: name) {
                httpHeaders[name] = .string(existing + ", " + field.value)
                continue
            }
            switch name.utf8.count {
            case 10 where name == "x-amz-id-2": hostID = field.value
            case 16 where name == "x-amzn-requestid": amznRequestID = field.value
            case 16 where name == "x-amz-request-id": amzRequestID = field.value
            case 17 where name == "x-amzn-request-id": amznDashedRequestID = field.value
            default: break
            }
        }
        var metadata = [String: Document](minimumCapacity: 6)
        metadata["HTTPStatusCode"] = .int(statusCode)
        metadata["HTTPHeaders"] = .map(httpHeaders)
        metadata["RetryAttempts"] = .int(retryAttempts)
        if let requestID = amznRequestID ?? amzRequestID ?? amznDashedRequestID ?? requestIDFromBody {
            metadata["RequestId"] = .string(requestID)
        }
        if let hostID { metadata["HostId"] = .string(hostID) }
        if maxAttemptsReached { metadata["MaxAttemptsReached"] = .bool(true) }
        return .map(metadata)
    }

    /// Header names servers send in canonical case, and the same names lowercased: a response's
    /// `Date` or `Content-Length` then costs a table lookup instead of building a new string.
    private static let canonicalNames = ["Accept-Ranges", "Cache-Control", "Connection", "Content-Disposition",
                                         "Content-Encoding", "Content-Language", "Content-Length", "Content-MD5",
                                         "Content-Range", "Content-Type", "Date", "ETag", "Expires", "Keep-Alive",
                                         "Last-Modified", "Location", "Server", "Transfer-Encoding", "Vary"]
    private static let canonicalNameTable = ShapeNameTable(canonicalNames, caseInsensitive: false)
    private static let lowercasedCanonicalNames = canonicalNames.map { $0.lowercased() }

    /// `name` lowercased (ASCII letters; as `lowercasedFast`).
    static func lowercasedName(_ name: String) -> String {
        if let first = name.utf8.first, first >= 0x41, first <= 0x5A {
            let position = canonicalNameTable.first(name)
            if position >= 0 { return lowercasedCanonicalNames[position] }
        }
        return name.lowercasedFast
    }

    static func requestID(headers: HTTPHeaders) -> String? {
        headers["x-amzn-requestid"] ?? headers["x-amz-request-id"] ?? headers["x-amzn-request-id"]
    }
}
