import Foundation

/// Signs requests with AWS Signature Version 4, as botocore's `SigV4Auth` (header) and
/// `SigV4QueryAuth` (presigned URL) do, with S3's variants through `SigV4Options.s3`.
///
/// ```swift
/// let signer = SigV4Signer(credentials: credentials, region: "us-east-1", service: "s3", options: .s3)
/// try signer.sign(&request, date: Date())
/// let url = try signer.presign(request, expiresIn: 3600, date: Date())
/// ```
/// The derived signing key is cached per date, so keep one signer per credentials, region and service.
public struct SigV4Signer: Sendable {
    /// The credentials signed with.
    public let credentials: Credentials
    /// The signing region (`us-east-1`).
    public let region: String
    /// The signing name of the service (`s3`, `sqs`, `execute-api`, ...).
    public let service: String
    /// Path and payload rules.
    public let options: SigV4Options

    private let keyCache = SigningKeyCache()

    static let algorithm = "AWS4-HMAC-SHA256"
    static let emptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    static let unsignedPayload = "UNSIGNED-PAYLOAD"
    static let streamingUnsignedPayloadTrailer = "STREAMING-UNSIGNED-PAYLOAD-TRAILER"

    /// Creates a signer.
    public init(credentials: Credentials, region: String, service: String, options: SigV4Options = .standard) {
        self.credentials = credentials
        self.region = region
        self.service = service
        self.options = options
    }

    /// Signs `request` in place: sets `X-Amz-Date` (or rewrites `Date` when present),
    /// `X-Amz-Security-Token` for temporary credentials, `X-Amz-Content-SHA256` for S3, and
    /// `Authorization`. Any earlier `Authorization` is replaced, so retries may re-sign.
    ///
    /// A `.file` body is read from disk to hash it unless the payload goes unsigned; that read
    /// is the only thing that can throw.
    @discardableResult
    public func sign(_ request: inout HTTPRequest, date: Date) throws -> SigV4Signature {
        try sign(method: request.method, url: SigV4URL(request.url), headers: &request.headers,
                 body: request.body, date: date)
    }

    /// Signs a request given by parts; the conformance runner uses it for requests whose raw
    /// path is not a valid `URL`.
    @discardableResult
    package func sign(method: String, url: SigV4URL, headers: inout HTTPHeaders, body: HTTPBody,
                      date: Date) throws -> SigV4Signature {
        let timestamp = TimestampFormat.amzDate(date)
        if headers.contains("Authorization") { headers["Authorization"] = nil }
        if headers.contains("Date") {
            headers["Date"] = TimestampFormat.rfc822.format(date).replacingOccurrences(of: " GMT", with: " -0000")
            headers["X-Amz-Date"] = nil
        } else {
            headers["X-Amz-Date"] = timestamp
        }
        if let token = credentials.sessionToken, !token.isEmpty {
            headers["X-Amz-Security-Token"] = token
        }
        let payloadHash: String
        if options.s3 {
            payloadHash = try self.payloadHash(body: body)
            headers["X-Amz-Content-SHA256"] = payloadHash
        } else {
            if options.payloadSigning == .unsigned { headers["X-Amz-Content-SHA256"] = Self.unsignedPayload }
            if let declared = headers["X-Amz-Content-SHA256"] {
                payloadHash = declared
            } else {
                payloadHash = try self.payloadHash(body: body)
            }
        }
        let signature = signature(method: method, url: url, query: url.queryText, headers: headers,
                                  payloadHash: payloadHash, timestamp: timestamp, authorizationHeader: true)
        headers["Authorization"] = signature.authorization
        return signature
    }

    /// The canonical request, string to sign and signature for a request as it stands.
    ///
    /// Each stage is written as bytes into one buffer and hashed there; the strings the result
    /// keeps are made once each, at the end.
    func signature(method: String, url: SigV4URL, query: some StringProtocol, headers: HTTPHeaders,
                   payloadHash: String, timestamp: String, authorizationHeader: Bool) -> SigV4Signature {
        let (canonical, signedRange) = SigV4Bytes.canonicalRequest(method: method, url: url, query: query, headers: headers,
                                                                   payloadHash: payloadHash, s3: options.s3)
        var canonicalHash = SHA256()
        canonical.bytes.withUnsafeBytes { canonicalHash.update(bufferPointer: $0) }

        let day = keyCache.day(timestamp: timestamp, make: signingDay)
        var stringToSign = SigV4Bytes(reservingCapacity: 20 + timestamp.utf8.count + day.scope.utf8.count + 64)
        stringToSign.append(Self.algorithm)
        stringToSign.appendNewline()
        stringToSign.append(timestamp)
        stringToSign.appendNewline()
        stringToSign.append(day.scope)
        stringToSign.appendNewline()
        canonicalHash.withDigest { stringToSign.appendHex($0) }
        var mac = day.mac
        stringToSign.bytes.withUnsafeBytes { mac.update(bufferPointer: $0) }
        let signature = mac.finalize()

        var authorization = ""
        if authorizationHeader {
            var text = SigV4Bytes(reservingCapacity: day.authorizationPrefix.utf8.count + signedRange.count + 76)
            text.append(day.authorizationPrefix)
            text.bytes.append(contentsOf: canonical.bytes[signedRange])
            text.append(", Signature=")
            signature.withUnsafeBytes { text.appendHex($0) }
            authorization = text.text
        }
        return SigV4Signature(canonicalRequestBytes: canonical.bytes, signedHeadersRange: signedRange,
                              stringToSignBytes: stringToSign.bytes, signatureDigest: signature,
                              credentialScope: day.scope, authorization: authorization)
    }

    /// The scope, `Authorization` prefix and keyed HMAC of the date `dateStamp`.
    private func signingDay(dateStamp: String) -> SigningDay {
        let scope = dateStamp + "/" + region + "/" + service + "/aws4_request"
        let mac = HMAC<SHA256>(key: deriveSigningKey(dateStamp: dateStamp))
        let prefix = Self.algorithm + " Credential=" + credentials.accessKeyID + "/" + scope + ", SignedHeaders="
        return SigningDay(dateStamp: dateStamp, scope: scope, authorizationPrefix: prefix, mac: mac)
    }

    /// `kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request")`.
    func deriveSigningKey(dateStamp: String) -> [UInt8] {
        var key = HMAC<SHA256>.authenticationCode(for: dateStamp, key: Array("AWS4\(credentials.secretAccessKey)".utf8)).bytes
        for part in [region, service, "aws4_request"] {
            key = HMAC<SHA256>.authenticationCode(for: part, key: key).bytes
        }
        return key
    }

    /// The payload hash for the canonical request: the body's SHA-256 unless the options say otherwise.
    func payloadHash(body: HTTPBody) throws -> String {
        try Self.payloadHash(body: body, payloadSigning: options.payloadSigning)
    }

    /// The payload hash for `body` under `payloadSigning` (shared with `SigV4aSigner`).
    static func payloadHash(body: HTTPBody, payloadSigning: SigV4Options.PayloadSigning) throws -> String {
        switch payloadSigning {
        case .streamingUnsignedTrailer: return streamingUnsignedPayloadTrailer
        case .unsigned: return unsignedPayload
        case .signed: break
        }
        switch body {
        case .empty: return emptyPayloadHash
        case .data(let data): return data.isEmpty ? emptyPayloadHash : SHA256.hash(data: data).hexString
        case .file(let url): return try SHA256.hash(contentsOf: url).hexString
        case .fileSegment(let url, let offset, let length):
            return try SHA256.hash(contentsOf: url, offset: offset, length: length).hexString
        case .awsChunked:
            var hasher = SHA256()
            try body.forEachChunk { hasher.update(bufferPointer: $0) }
            return hasher.finalize().hexString
        }
    }
}
