import Foundation

/// Presigned URLs and POSTs: the call pipeline up to signing (`prepare(presigning: true)`), then
/// query-string or POST-policy signing instead of an `Authorization` header.
extension ClientRuntime {
    /// botocore's `generate_presigned_url`, signed at `date`.
    func presignedURL(operation: OperationModel, params: Document, expiresIn: Int, httpMethod: String?, date: Date) throws -> URL {
        let accountID = try presignAccountID()
        var prepared = try prepare(operation: operation, params: params, presigning: true, accountID: accountID)
        if let httpMethod { prepared.request.method = httpMethod }
        guard let plan = try presignPlan(prepared) else { return prepared.request.url }
        let s3 = plan.method == .s3SigV4 || plan.method == .s3SigV4a
        var request = prepared.request
        if !s3 { try Self.moveJSONBodyToQuery(&request) }
        let credentials = try presignCredentials()
        if plan.method == .sigV4a || plan.method == .s3SigV4a {
            let signer = try SigV4aSigner(credentials: credentials, regionSet: plan.region, service: plan.signingName,
                                          options: SigV4Options(s3: s3))
            return try signer.presign(request, expiresIn: expiresIn, date: date)
        }
        let signer = SigV4Signer(credentials: credentials, region: plan.region, service: plan.signingName, options: SigV4Options(s3: s3))
        return try signer.presign(request, expiresIn: expiresIn, date: date)
    }

    /// The account for rule sets that route by account, from the credentials presigning can use now.
    private func presignAccountID() throws -> String? {
        guard meta.config.signatureVersion?.isUnsigned != true, try endpoints.usesAccountID, let resolvedCredentials else { return nil }
        return try? resolvedCredentials().accountID
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
        guard let signer = try presignPostSigner(prepared) else {
            return PresignedPost(url: prepared.request.url.absoluteString, fields: userFields.merging(["key": key]) { $1 })
        }
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

    /// How botocore signs a presigned request (`presign-url` signing: the endpoint's auth scheme
    /// or the client's signature version, with `-query`), `nil` for an unsigned one. The region is
    /// the client's signing region, not the endpoint's, unless the bucket is an ARN (botocore's
    /// `ignore_signing_region`), which keeps S3 URLs valid at the global endpoint (a SigV4a region
    /// set then falls back to the configured set, else `*`). Bearer and SigV2 have no presigned
    /// form: refused.
    private func presignPlan(_ prepared: PreparedRequest) throws -> SigningPlan? {
        let bucketIsARN = prepared.params["Bucket"]?.string.map(S3BucketNames.isARN) ?? false
        let plan = try signer.plan(operation: prepared.operation, endpoint: prepared.endpoint, presigning: true,
                                   ignoreEndpointRegion: !bucketIsARN)
        switch plan.method {
        case .none: return nil
        case .sigV4, .s3SigV4, .sigV4a, .s3SigV4a: return plan
        case .sigV2, .bearer:
            throw SigningError(code: .unsupportedAuth, message: "\(meta.serviceName) signs with \(plan.method == .bearer ? "a bearer token" : "SigV2"), "
                + "which has no presigned form (botocore: UnsupportedSignatureVersionError). Send the request instead.")
        }
    }

    /// The credentials presigning signs with, available now.
    private func presignCredentials() throws -> Credentials {
        guard let resolvedCredentials else {
            throw PresigningError(.credentialsNotResolved,
                "This client has no credentials it can presign with; create it with session.client(...) from a Session with credentials.")
        }
        return try resolvedCredentials()
    }

    /// The SigV4 signer of a presigned POST (S3's rules), `nil` when unsigned. A POST policy has
    /// no SigV4a form (botocore has no `s3v4a-presign-post` signer either): refused.
    private func presignPostSigner(_ prepared: PreparedRequest) throws -> SigV4Signer? {
        guard let plan = try presignPlan(prepared) else { return nil }
        if plan.method == .sigV4a || plan.method == .s3SigV4a {
            throw SigningError(code: .unsupportedAuth, message: "This bucket's endpoint signs with SigV4a, which has no presigned POST "
                + "form. Presign a PUT URL (generatePresignedURL(\"putObject\", ...)) instead.")
        }
        return SigV4Signer(credentials: try presignCredentials(), region: plan.region, service: plan.signingName,
                           options: SigV4Options(s3: true))
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
