/// Builds boto3's `ResponseMetadata`: request and host IDs, status, lowercased headers, retry attempts.
enum ResponseMetadata {
    static func document(statusCode: Int, headers: HTTPHeaders, retryAttempts: Int, requestIDFromBody: String? = nil,
                         maxAttemptsReached: Bool = false) -> Document {
        var httpHeaders: [String: Document] = [:]
        for field in headers {
            let name = field.name.lowercased()
            if let existing = httpHeaders[name]?.string {
                httpHeaders[name] = .string(existing + ", " + field.value)
            } else {
                httpHeaders[name] = .string(field.value)
            }
        }
        var metadata: [String: Document] = [
            "HTTPStatusCode": .int(statusCode),
            "HTTPHeaders": .map(httpHeaders),
            "RetryAttempts": .int(retryAttempts),
        ]
        if let requestID = requestID(headers: headers) ?? requestIDFromBody { metadata["RequestId"] = .string(requestID) }
        if let hostID = headers["x-amz-id-2"] { metadata["HostId"] = .string(hostID) }
        if maxAttemptsReached { metadata["MaxAttemptsReached"] = .bool(true) }
        return .map(metadata)
    }

    static func requestID(headers: HTTPHeaders) -> String? {
        headers["x-amzn-requestid"] ?? headers["x-amz-request-id"] ?? headers["x-amzn-request-id"]
    }
}
