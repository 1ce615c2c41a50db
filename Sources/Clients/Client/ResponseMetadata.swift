/// Builds boto3's `ResponseMetadata`: request and host IDs, status, lowercased headers, retry attempts.
enum ResponseMetadata {
    static func document(statusCode: Int, headers: HTTPHeaders, retryAttempts: Int, requestIDFromBody: String? = nil,
                         maxAttemptsReached: Bool = false) -> Document {
        var httpHeaders = [String: Document](minimumCapacity: headers.count)
        // The request and host IDs are picked up on the same pass over the fields: the first
        // field of each name, as `headers[name]` reads them.
        var amznRequestID: String?, amzRequestID: String?, amznDashedRequestID: String?, hostID: String?
        for field in headers {
            let name = field.name.lowercasedFast
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

    static func requestID(headers: HTTPHeaders) -> String? {
        headers["x-amzn-requestid"] ?? headers["x-amz-request-id"] ?? headers["x-amzn-request-id"]
    }
}
