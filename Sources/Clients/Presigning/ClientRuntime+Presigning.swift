import Foundation

/// Presigned URLs and POSTs: the call pipeline up to signing (`prepare(presigning: true)`), then
/// query-string or POST-policy signing instead of an `Authorization` header.
extension ClientRuntime {
    /// botocore's `generate_presigned_url`, signed at `date`.
    func presignedURL(operation: OperationModel, params: Document, expiresIn: Int, httpMethod: String?, date: Date) throws -> URL {
        var prepared = try prepare(operation: operation, params: params, presigning: true)
        if let httpMethod { prepared.request.method = httpMethod }
        if SigV4RequestSigner.isAnonymous(operation: operation, endpoint: prepared.endpoint) { return prepared.request.url }
        let signer = try presignSigner(prepared, date: date)
        var request = prepared.request
        if !signer.options.s3 { try Self.moveJSONBodyToQuery(&request) }
        return try signer.presign(request, expiresIn: expiresIn, date: date)
    }

    /// botocore's `generate_presigned_post` (S3 only): the URL of `CreateBucket` for the bucket,
    /// and the signed policy of the user's conditions, the bucket, the key and the signing fields.
    func presignedPost(bucket: String, key: String, fields userFields: [String: String], conditions userConditions: [Document],
                       expiresIn: Int, date: Date) throws -> PresignedPost {
        guard model.metadata.endpointPrefix == "s3" else {
            throw PresigningError(.unsupportedOperation,
                "Presigned POSTs are an S3 feature, but this is a \(meta.serviceName) client; create the client with session.client(\"s3\").")
        }
        let prepared = try prepare(operation: try model.operation("CreateBucket"), params: ["Bucket": .string(bucket)], presigning: true)
        let signer = try presignSigner(prepared, date: date)
        let timestamp = TimestampFormat.amzDate(date)
        let credential = "\(signer.credentials.accessKeyID)/\(timestamp.prefix(8))/\(signer.region)/\(signer.service)/aws4_request"

        var conditions = userConditions
        conditions.append(["bucket": .string(bucket)])
        let filenameVariable = "${filename}"
        if key.hasSuffix(filenameVariable) {
            conditions.append(["starts-with", "$key", .string(String(key.dropLast(filenameVariable.count)))])
        } else {
            conditions.append(["key": .string(key)])
        }
        var fields = userFields
        fields["key"] = key
        var signingFields: [(String, String)] = [
            ("x-amz-algorithm", SigV4Signer.algorithm), ("x-amz-credential", credential), ("x-amz-date", timestamp),
        ]
        if let token = signer.credentials.sessionToken { signingFields.append(("x-amz-security-token", token)) }
        for (name, value) in signingFields {
            fields[name] = value
            conditions.append(.map([name: .string(value)]))
        }
        let policy = PostPolicy(expiration: date.addingTimeInterval(TimeInterval(expiresIn)), conditions: conditions).base64
        fields["policy"] = policy
        let key = signer.deriveSigningKey(dateStamp: String(timestamp.prefix(8)))
        fields["x-amz-signature"] = HMAC<SHA256>.authenticationCode(for: policy, key: key).hexString
        return PresignedPost(url: prepared.request.url.absoluteString, fields: fields)
    }

    /// The signer botocore picks for a presigned request: the endpoint's signing name; the
    /// client's region for S3 (botocore ignores the rule set's region unless the bucket is an
    /// ARN, which keeps the signature valid at the global endpoint), else the rule set's.
    private func presignSigner(_ prepared: PreparedRequest, date: Date) throws -> SigV4Signer {
        guard let resolvedCredentials else {
            throw PresigningError(.credentialsNotResolved,
                "This client has no credentials it can presign with; create it with session.client(...) from a Session with credentials.")
        }
        let credentials = try resolvedCredentials()
        let endpoint = prepared.endpoint
        let service = endpoint.signingName ?? model.metadata.signingName
        let isS3 = service == "s3" || service == "s3-outposts" || service == "s3-object-lambda"
        let bucketIsARN = prepared.params["Bucket"]?.string.map(S3BucketNames.isARN) ?? false
        let region = isS3 && !bucketIsARN ? meta.region : (endpoint.signingRegion ?? meta.region)
        return SigV4Signer(credentials: credentials, region: region, service: service,
                           options: SigV4Options(s3: isS3 || endpoint.disableDoubleEncoding == true))
    }

    /// botocore's `SigV4QueryAuth` moves the body's parameters into the query: the signer does
    /// it for form bodies; this does it for JSON bodies (JSON and REST-JSON services), whose top-level
    /// members become query parameters (strings as they are, numbers as Python prints them,
    /// other values as compact JSON) and whose `Content-Type` stays signed, as in botocore. A body
    /// without `Content-Type` (a customization removed it, as Polly's) moves too, as botocore moves
    /// any JSON body.
    static func moveJSONBodyToQuery(_ request: inout HTTPRequest) throws {
        let type = request.headers["Content-Type"]
        guard type?.contains("json") ?? true,
              let data = request.body.inMemoryData, !data.isEmpty,
              case .object(let object)? = try? JSONValue.parse(data) else { return }
        var text = request.url.absoluteString
        var fragment = ""
        if let hash = text.firstIndex(of: "#") {
            fragment = String(text[hash...])
            text = String(text[..<hash])
        }
        var separator = text.contains("?") ? "&" : "?"
        for (name, value) in object.pairs {
            text += separator + PercentEncoding.encode(name) + "=" + PercentEncoding.encode(queryText(value))
            separator = "&"
        }
        guard let url = URL(string: text + fragment) else {
            throw SigningError(code: .invalidURL, message: "Cannot add the request's parameters to the presigned URL '\(text)'.")
        }
        request.url = url
        request.body = .empty
    }

    private static func queryText(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .int(let number): return String(number)
        case .double(let number): return JSONWriter.format(double: number)
        case .bool(let flag): return flag ? "True" : "False"
        case .null: return "None"
        case .array, .object:
            var out = ""
            JSONWriter.write(value, to: &out)
            return out
        }
    }
}
