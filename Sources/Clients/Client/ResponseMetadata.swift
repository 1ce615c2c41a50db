/// Builds boto3's `ResponseMetadata`: request and host IDs, status, lowercased headers, retry attempts.
enum ResponseMetadata {
    static func document(statusCode: Int, headers: HTTPHeaders, retryAttempts: Int, requestIDFromBody: String? = nil,
                         maxAttemptsReached: Bool = false) -> Document {
        var httpHeaders: [String: Document] = [:]
        httpHeaders.reserveCapacity(headers.count)
        for field in headers {
            let name = field.name.lowercasedFast
            // One hash per header; a repeated header (rare) then joins its values.
            if case .string(let existing)? = httpHeaders.updateValue(.string(field.value), forKey: name) {
                httpHeaders[name] = .string(existing + ", " + field.value)
            }
        }
        var metadata: [String: Document] = [:]
        metadata.reserveCapacity(6)
        metadata["HTTPStatusCode"] = .int(statusCode)
        metadata["HTTPHeaders"] = .map(httpHeaders)
        metadata["RetryAttempts"] = .int(retryAttempts)
        if let requestID = requestID(headers: headers) ?? requestIDFromBody { metadata["RequestId"] = .string(requestID) }
        if let hostID = headers["x-amz-id-2"] { metadata["HostId"] = .string(hostID) }
        if maxAttemptsReached { metadata["MaxAttemptsReached"] = .bool(true) }
        return .map(metadata)
    }

    static func requestID(headers: HTTPHeaders) -> String? {
        headers["x-amzn-requestid"] ?? headers["x-amz-request-id"] ?? headers["x-amzn-request-id"]
    }
}
