import Foundation

/// Presigned URLs, as botocore's `SigV4QueryAuth` and `S3SigV4QueryAuth` make them.
extension SigV4Signer {
    /// A URL that performs `request` without further credentials until `expiresIn` seconds after `date`.
    ///
    /// The URL keeps the request's operation parameters (first value per name, re-encoded),
    /// then adds `X-Amz-Algorithm`, `X-Amz-Credential`, `X-Amz-Date`, `X-Amz-Expires`,
    /// `X-Amz-SignedHeaders`, `X-Amz-Security-Token` for temporary credentials, and last
    /// `X-Amz-Signature`. Headers of `request` are signed (usually only `host`), so whoever uses
    /// the URL must send them too. S3 signs `UNSIGNED-PAYLOAD`; a form-encoded body moves into the query.
    public func presign(_ request: HTTPRequest, expiresIn: Int, date: Date) throws -> URL {
        let presigned = try presignedURL(request, expiresIn: expiresIn, date: date)
        guard let url = URL(string: presigned.url) else {
            throw SigningError(code: .invalidURL, message: "Cannot form a presigned URL from '\(request.url.absoluteString)'. "
                + "Check that the endpoint URL is a valid http(s) URL.")
        }
        return url
    }

    /// The presigned URL as text, with the signing stages.
    package func presignedURL(_ request: HTTPRequest, expiresIn: Int, date: Date) throws -> (url: String, signature: SigV4Signature) {
        let url = SigV4URL(request.url)
        let timestamp = TimestampFormat.amzDate(date)
        var headers = request.headers
        if headers["Content-Type"] == "application/x-www-form-urlencoded; charset=utf-8" {
            headers["Content-Type"] = nil
        }
        let (_, signedHeaders) = Self.canonicalHeaders(headers, host: url.host)
        let scope = "\(timestamp.prefix(8))/\(region)/\(service)/aws4_request"

        var operationParameters = Self.firstValues(ofQuery: url.query)
        var body = request.body
        if let data = body.inMemoryData, !data.isEmpty,
           request.headers["Content-Type"]?.hasPrefix("application/x-www-form-urlencoded") == true {
            for (name, value) in Self.firstValues(ofQuery: String(decoding: data, as: UTF8.self)) {
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
            ("X-Amz-Credential", "\(credentials.accessKeyID)/\(scope)"),
            ("X-Amz-Date", timestamp),
            ("X-Amz-Expires", String(expiresIn)),
            ("X-Amz-SignedHeaders", signedHeaders),
        ]
        if let token = credentials.sessionToken { authParameters.append(("X-Amz-Security-Token", token)) }
        var query = ""
        for (name, value) in operationParameters + authParameters {
            if !query.isEmpty { query += "&" }
            query += PercentEncoding.encode(name)
            query += "="
            query += PercentEncoding.encode(value)
        }

        let payloadHash: String
        if options.s3 {
            payloadHash = Self.unsignedPayload
        } else if let declared = headers["X-Amz-Content-SHA256"] {
            payloadHash = declared
        } else {
            payloadHash = try self.payloadHash(body: body)
        }
        let signature = signature(method: request.method, url: url, query: query, headers: headers,
                                  payloadHash: payloadHash, timestamp: timestamp, authorizationHeader: false)
        let text = url.origin + url.path + "?" + query + "&X-Amz-Signature=" + signature.signature + url.fragment
        return (text, signature)
    }

    /// Decoded `name=value` pairs of a query string, first value per name, in first-seen order
    /// (Python's `parse_qs(keep_blank_values=True)` reduced to first values).
    static func firstValues(ofQuery query: String) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var seen: Set<String> = []
        for piece in query.split(separator: "&", omittingEmptySubsequences: true) {
            let name: Substring, value: Substring
            if let equals = piece.firstIndex(of: "=") {
                name = piece[..<equals]
                value = piece[piece.index(after: equals)...]
            } else {
                name = piece
                value = ""
            }
            let decodedName = PercentEncoding.decode(String(name), plusAsSpace: true)
            if seen.insert(decodedName).inserted {
                result.append((decodedName, PercentEncoding.decode(String(value), plusAsSpace: true)))
            }
        }
        return result
    }
}
