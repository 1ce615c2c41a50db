import Foundation

/// Signs requests with AWS Signature Version 4a (`AWS4-ECDSA-P256-SHA256`): an ECDSA P-256
/// signature with a key derived from the credentials, valid in a set of regions rather than
/// one. S3 multi-region access points and EventBridge global endpoints require it; boto3 signs
/// it through the AWS Common Runtime (`CrtSigV4AsymAuth`, `CrtS3SigV4AsymAuth` and their query
/// forms), whose canonical request this signer builds.
///
/// ```swift
/// let signer = try SigV4aSigner(credentials: credentials, regionSet: "*", service: "s3", options: .s3)
/// try signer.sign(&request, date: Date())
/// let url = try signer.presign(request, expiresIn: 3600, date: Date())
/// ```
/// The canonical request is SigV4's with three changes: an `X-Amz-Region-Set` header (or query
/// parameter) is signed, the credential scope has no region, and the query is re-encoded as the
/// AWS Common Runtime does. Deriving the key costs an HMAC; keep one signer per credentials.
/// Signing is deterministic (RFC 6979 nonces).
public struct SigV4aSigner: Sendable {
    /// The credentials signed with.
    public let credentials: Credentials
    /// The regions the signature is valid in, comma separated (`us-east-1,us-west-2`), or `*`.
    public let regionSet: String
    /// The signing name of the service (`s3`, `events`, ...).
    public let service: String
    /// Path and payload rules (S3's with `.s3`).
    public let options: SigV4Options

    /// The private key derived from `credentials`.
    let key: P256PrivateKey

    static let algorithm = "AWS4-ECDSA-P256-SHA256"

    /// Creates a signer, deriving its key from the credentials.
    /// - Throws: `SigningError` `.keyDerivationFailed` in the (practically impossible) case
    ///   that the credentials give no key.
    public init(credentials: Credentials, regionSet: String, service: String, options: SigV4Options = .standard) throws {
        let key = try SigV4aKeyDerivation.privateKey(accessKeyID: credentials.accessKeyID,
                                                     secretAccessKey: credentials.secretAccessKey)
        self.init(credentials: credentials, regionSet: regionSet, service: service, options: options, key: key)
    }

    /// Creates a signer with a key already derived from `credentials` (`SigV4aKeyCache`).
    package init(credentials: Credentials, regionSet: String, service: String, options: SigV4Options, key: P256PrivateKey) {
        self.credentials = credentials
        self.regionSet = regionSet
        self.service = service
        self.options = options
        self.key = key
    }

    /// Signs `request` in place: sets `X-Amz-Date`, `X-Amz-Region-Set`, `X-Amz-Security-Token`
    /// for temporary credentials, `X-Amz-Content-SHA256` for S3 (and for unsigned payloads), and
    /// `Authorization`. Any earlier signature headers are replaced, so retries may re-sign. A
    /// `Date` header is signed as it is (the AWS Common Runtime leaves it; SigV4 rewrites it).
    ///
    /// A `.file` body is read from disk to hash it unless the payload goes unsigned; that read
    /// is the only thing that can throw.
    @discardableResult
    public func sign(_ request: inout HTTPRequest, date: Date) throws -> SigV4aSignature {
        try sign(method: request.method, url: SigV4URL(request.url), headers: &request.headers, body: request.body, date: date)
    }

    /// Signs a request given by parts (the test suite's requests are not always valid `URL`s).
    @discardableResult
    package func sign(method: String, url: SigV4URL, headers: inout HTTPHeaders, body: HTTPBody, date: Date) throws -> SigV4aSignature {
        let timestamp = TimestampFormat.amzDate(date)
        let declared = headers["X-Amz-Content-SHA256"]
        for name in ["Authorization", "X-Amz-Date", "X-Amz-Content-SHA256", "X-Amz-Security-Token", "X-Amz-Region-Set"] {
            headers[name] = nil
        }
        headers["X-Amz-Date"] = timestamp
        headers["X-Amz-Region-Set"] = regionSet
        if let token = credentials.sessionToken, !token.isEmpty {
            headers["X-Amz-Security-Token"] = token
        }
        let payloadHash: String
        if options.s3 {
            payloadHash = try SigV4Signer.payloadHash(body: body, payloadSigning: options.payloadSigning)
            headers["X-Amz-Content-SHA256"] = payloadHash
        } else if options.payloadSigning != .signed {
            payloadHash = try SigV4Signer.payloadHash(body: body, payloadSigning: options.payloadSigning)
            headers["X-Amz-Content-SHA256"] = payloadHash
        } else if let declared {
            payloadHash = declared
            headers["X-Amz-Content-SHA256"] = declared
        } else {
            payloadHash = try SigV4Signer.payloadHash(body: body, payloadSigning: .signed)
        }
        let signature = signature(method: method, url: url, query: url.queryText, headers: headers,
                                  payloadHash: payloadHash, timestamp: timestamp, authorizationHeader: true)
        headers["Authorization"] = signature.authorization
        return signature
    }

    /// The canonical request, string to sign and signature for a request as it stands.
    func signature(method: String, url: SigV4URL, query: some StringProtocol, headers: HTTPHeaders,
                   payloadHash: String, timestamp: String, authorizationHeader: Bool) -> SigV4aSignature {
        let (canonical, signedRange) = SigV4Bytes.canonicalRequest(method: method, url: url, query: query, headers: headers,
                                                                   payloadHash: payloadHash, s3: options.s3, normalizedQuery: true)
        var canonicalHash = SHA256()
        canonical.bytes.withUnsafeBytes { canonicalHash.update(bufferPointer: $0) }
        let scope = credentialScope(timestamp: timestamp)
        var stringToSign = SigV4Bytes(reservingCapacity: 24 + timestamp.utf8.count + scope.utf8.count + 64)
        stringToSign.append(Self.algorithm)
        stringToSign.appendNewline()
        stringToSign.append(timestamp)
        stringToSign.appendNewline()
        stringToSign.append(scope)
        stringToSign.appendNewline()
        canonicalHash.withDigest { stringToSign.appendHex($0) }
        var digest = SHA256()
        stringToSign.bytes.withUnsafeBytes { digest.update(bufferPointer: $0) }
        let signatureBytes = key.signature(digest: digest.finalize().bytes).derBytes

        var authorization = ""
        if authorizationHeader {
            var text = SigV4Bytes(reservingCapacity: 80 + credentials.accessKeyID.utf8.count + scope.utf8.count + signedRange.count + 144)
            text.append(Self.algorithm)
            text.append(" Credential=")
            text.append(credentials.accessKeyID)
            text.append("/")
            text.append(scope)
            text.append(", SignedHeaders=")
            text.bytes.append(contentsOf: canonical.bytes[signedRange])
            text.append(", Signature=")
            signatureBytes.withUnsafeBytes { text.appendHex($0) }
            authorization = text.text
        }
        return SigV4aSignature(canonicalRequestBytes: canonical.bytes, signedHeadersRange: signedRange,
                               stringToSignBytes: stringToSign.bytes, signatureBytes: signatureBytes,
                               credentialScope: scope, regionSet: regionSet, authorization: authorization)
    }

    /// `yyyyMMdd/service/aws4_request` for the timestamp `yyyyMMddTHHmmssZ`.
    func credentialScope(timestamp: String) -> String {
        timestamp.prefix(8) + "/" + service + "/aws4_request"
    }
}
