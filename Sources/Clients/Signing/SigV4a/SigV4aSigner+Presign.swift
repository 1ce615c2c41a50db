import Foundation

/// Presigned URLs, as botocore's `CrtS3SigV4AsymQueryAuth` (and `CrtSigV4AsymQueryAuth`) make them.
extension SigV4aSigner {
    /// A URL that performs `request` without further credentials until `expiresIn` seconds after
    /// `date`, in any region of the region set.
    ///
    /// The URL keeps the request's operation parameters (first value per name, re-encoded),
    /// then adds, in the AWS Common Runtime's order, `X-Amz-Algorithm`, `X-Amz-Credential`,
    /// `X-Amz-Date`, `X-Amz-SignedHeaders`, `X-Amz-Expires`, `X-Amz-Security-Token` for temporary
    /// credentials, `X-Amz-Region-Set`, and last `X-Amz-Signature`. Headers of `request` are
    /// signed (usually only `host`), so whoever uses the URL must send them too. S3 signs
    /// `UNSIGNED-PAYLOAD`; a form-encoded body moves into the query.
    public func presign(_ request: HTTPRequest, expiresIn: Int, date: Date) throws -> URL {
        let presigned = try presignedURL(request, expiresIn: expiresIn, date: date)
        guard let url = URL(string: presigned.url) else {
            throw SigningError(code: .invalidURL, message: "Cannot form a presigned URL from '\(request.url.absoluteString)'. "
                + "Check that the endpoint URL is a valid http(s) URL.")
        }
        return url
    }

    /// The presigned URL as text, with the signing stages.
    package func presignedURL(_ request: HTTPRequest, expiresIn: Int, date: Date) throws -> (url: String, signature: SigV4aSignature) {
        let url = SigV4URL(request.url)
        let timestamp = TimestampFormat.amzDate(date)
        var headers = request.headers
        let declared = headers["X-Amz-Content-SHA256"]
        for name in ["Authorization", "X-Amz-Date", "X-Amz-Content-SHA256", "X-Amz-Security-Token", "X-Amz-Region-Set"] {
            headers[name] = nil
        }
        if headers["Content-Type"] == "application/x-www-form-urlencoded; charset=utf-8" {
            headers["Content-Type"] = nil
        }
        let (_, signedHeaders) = SigV4Signer.canonicalHeaders(headers, host: url.host)

        var operationParameters = SigV4Signer.firstValues(ofQuery: url.query)
        var body = request.body
        if let data = body.inMemoryData, !data.isEmpty,
           request.headers["Content-Type"]?.hasPrefix("application/x-www-form-urlencoded") == true {
            for (name, value) in SigV4Signer.firstValues(ofQuery: String(decoding: data, as: UTF8.self)) {
                if let index = operationParameters.firstIndex(where: { $0.name == name }) {
                    operationParameters[index].value = value
                } else {
                    operationParameters.append((name, value))
                }
            }
            body = .empty
        }
        var authParameters: [(name: String, value: String)] = [
            ("X-Amz-Algorithm", Self.algorithm),
            ("X-Amz-Credential", "\(credentials.accessKeyID)/\(credentialScope(timestamp: timestamp))"),
            ("X-Amz-Date", timestamp),
            ("X-Amz-SignedHeaders", signedHeaders),
            ("X-Amz-Expires", String(expiresIn)),
        ]
        if let token = credentials.sessionToken, !token.isEmpty { authParameters.append(("X-Amz-Security-Token", token)) }
        authParameters.append(("X-Amz-Region-Set", regionSet))
        var query = ""
        for (name, value) in operationParameters + authParameters {
            if !query.isEmpty { query += "&" }
            query += PercentEncoding.encode(name)
            query += "="
            query += PercentEncoding.encode(value)
        }

        let payloadHash: String
        if options.s3 {
            payloadHash = SigV4Signer.unsignedPayload
        } else if let declared {
            payloadHash = declared
        } else {
            payloadHash = try SigV4Signer.payloadHash(body: body, payloadSigning: .signed)
        }
        let signature = signature(method: request.method, url: url, query: query, headers: headers,
                                  payloadHash: payloadHash, timestamp: timestamp, authorizationHeader: false)
        let text = url.origin + url.path + "?" + query + "&X-Amz-Signature=" + signature.signature + url.fragment
        return (text, signature)
    }
}
