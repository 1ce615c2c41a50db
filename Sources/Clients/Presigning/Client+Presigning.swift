import Foundation

extension Client {
    /// A URL that performs one call without credentials until it expires, as boto3's
    /// `generate_presigned_url` (SigV4 query signing; for S3, `S3SigV4QueryAuth`). An unsigned
    /// client (`Config(signatureVersion: .unsigned)`) gets the URL as it is, unsigned, as in
    /// botocore; clients that sign with a bearer token or SigV2 cannot presign (`SigningError`).
    ///
    /// ```swift
    /// let get = try s3.generatePresignedURL("getObject", params: ["Bucket": "b", "Key": "k"], expiresIn: 3600)
    /// let put = try s3.generatePresignedURL("putObject", params: ["Bucket": "b", "Key": "k"], expiresIn: 600, httpMethod: "PUT")
    /// // any HTTP client can now GET `get`, or PUT the bytes to `put`
    /// ```
    /// The parameters go through the same steps as a call (name by any spelling, idempotency
    /// tokens, validation, serialization, endpoint rules), then the URL is signed rather than a
    /// header. Nothing a plain HTTP client would not send is signed: no checksum headers, no
    /// `User-Agent`; headers the parameters put in the request (`ContentType` → `Content-Type`)
    /// are signed and must be sent with the URL. S3 URLs sign `UNSIGNED-PAYLOAD` and go to the
    /// global endpoint (`bucket.s3.amazonaws.com`) where botocore sends them; other services move
    /// body parameters into the query.
    ///
    /// Signing is synchronous, as in boto3: it uses the session's explicit credentials, those it
    /// resolved last, or static keys it can read now (environment, shared credentials or config
    /// file). Credentials that must be fetched (assume-role, web identity, `credential_process`,
    /// containers, instance metadata) have to be resolved once first with `try await session.credentials()`;
    /// otherwise this throws `PresigningError` with code `.credentialsNotResolved`. Always
    /// SigV4: botocore's default of SigV2 for S3 presigned URLs (without `signature_version="s3v4"`)
    /// is not reproduced.
    ///
    /// - Parameters:
    ///   - operation: the operation, by any spelling (`getObject`, `GetObject`, `get_object`).
    ///   - params: the operation's parameters, validated as for a call.
    ///   - expiresIn: seconds the URL stays valid (S3 accepts up to 604800, seven days).
    ///   - httpMethod: a method to sign instead of the operation's.
    /// - Throws: `UnknownOperationError`, `ParamValidationError`, `EndpointError`, `PresigningError`.
    public func generatePresignedURL(_ operation: String, params: Document = [:], expiresIn: Int = 3600,
                                     httpMethod: String? = nil) throws -> URL {
        try generatePresignedURL(operation, params: params, expiresIn: expiresIn, httpMethod: httpMethod, date: Date())
    }

    /// `generatePresignedURL` signed at `date` (tests compare with botocore at a fixed time).
    package func generatePresignedURL(_ operation: String, params: Document, expiresIn: Int, httpMethod: String?,
                                      date: Date) throws -> URL {
        try runtime.presignedURL(operation: try runtime.operationModel(named: operation), params: params,
                                 expiresIn: expiresIn, httpMethod: httpMethod, date: date)
    }

    /// The URL and form fields of an S3 presigned POST, as boto3's `generate_presigned_post`
    /// (`S3SigV4PostAuth`): a browser or any HTTP client can then upload with a
    /// `multipart/form-data` form, without credentials, until the policy expires.
    ///
    /// ```swift
    /// let post = try s3.generatePresignedPost(bucket: "photos", key: "uploads/${filename}",
    ///                                         conditions: [["content-length-range", 1, 10_485_760]], expiresIn: 3600)
    /// post.url      // "https://photos.s3.amazonaws.com/"
    /// post.fields   // key, policy, x-amz-algorithm, x-amz-credential, x-amz-date, x-amz-signature, ...
    /// ```
    /// The policy lists `conditions`, then `{"bucket": bucket}`, then `{"key": key}` (or, for a key
    /// ending in `${filename}`, `["starts-with", "$key", prefix]`), then the signing fields. As in
    /// boto3, `fields` are not added to the conditions: give a condition for each field you add.
    /// Credentials are taken as by `generatePresignedURL`.
    ///
    /// - Parameters:
    ///   - bucket: the bucket the form uploads to.
    ///   - key: the object key; `${filename}` in it is replaced by the uploaded file's name.
    ///   - fields: extra form fields (`acl`, `Content-Type`, `success_action_status`, `x-amz-meta-*`, ...).
    ///   - conditions: extra policy conditions, each a map (`["acl": "public-read"]`) or a list
    ///     (`["starts-with", "$Content-Type", "image/"]`).
    ///   - expiresIn: seconds the policy stays valid.
    /// - Throws: `PresigningError` (no credentials, or not an S3 client), `EndpointError`, `ParamValidationError`.
    public func generatePresignedPost(bucket: String, key: String, fields: [String: String]? = nil, conditions: [Document]? = nil,
                                      expiresIn: Int = 3600) throws -> PresignedPost {
        try generatePresignedPost(bucket: bucket, key: key, fields: fields, conditions: conditions, expiresIn: expiresIn, date: Date())
    }

    /// `generatePresignedPost` signed at `date`.
    package func generatePresignedPost(bucket: String, key: String, fields: [String: String]?, conditions: [Document]?,
                                       expiresIn: Int, date: Date) throws -> PresignedPost {
        try runtime.presignedPost(bucket: bucket, key: key, fields: fields ?? [:], conditions: conditions ?? [],
                                  expiresIn: expiresIn, date: date)
    }
}
