/// How a client signs its requests, by botocore's `signature_version` names, or not at all
/// (`.unsigned`, botocore's `UNSIGNED`).
///
/// ```swift
/// let anonymous = try session.client("s3", config: Config(signatureVersion: .unsigned))
/// let sigV4 = try session.client("sqs", config: Config(signatureVersion: "v4"))
/// ```
/// A client refuses, when it is created, a version it cannot sign with: `SignatureVersion.supported`
/// lists those it can. Unset, the service model's choice applies (per operation, as botocore's).
public struct SignatureVersion: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// botocore's name (`v4`, `s3v4`, `v2`, `bearer`, ...), `nil` for `.unsigned`.
    public let name: String?

    /// A version by botocore's name. `"UNSIGNED"` is a name like any other, not `.unsigned`.
    public init(_ name: String) {
        self.name = name
    }

    /// A version by botocore's name: `Config(signatureVersion: "s3v4")`.
    public init(stringLiteral name: String) {
        self.name = name
    }

    private init(unsigned: Void) {
        name = nil
    }

    /// No signature: no `Authorization`, `X-Amz-Date` or security token (botocore's `UNSIGNED`).
    public static let unsigned = SignatureVersion(unsigned: ())
    /// AWS Signature Version 4 (`SigV4Auth`).
    public static let v4: SignatureVersion = "v4"
    /// Signature Version 4 with S3's rules (`S3SigV4Auth`): the path signed as sent, the payload hash
    /// always in `X-Amz-Content-SHA256`, `UNSIGNED-PAYLOAD` where S3 allows it.
    public static let s3v4: SignatureVersion = "s3v4"
    /// Signature Version 2 (`SigV2Auth`), for query-protocol services such as SimpleDB.
    public static let v2: SignatureVersion = "v2"
    /// `Authorization: Bearer <token>` with a token from the session's `TokenProvider` (`BearerAuth`).
    public static let bearer: SignatureVersion = "bearer"
    /// Signature Version 4a (`CrtSigV4AsymAuth`): ECDSA P-256, valid in a set of regions
    /// (`Config.sigv4aSigningRegionSet`, else the endpoint's, else `*`).
    public static let v4a: SignatureVersion = "v4a"
    /// Signature Version 4a with S3's rules (`CrtS3SigV4AsymAuth`).
    public static let s3v4a: SignatureVersion = "s3v4a"

    /// The versions a client can sign with.
    public static let supported: [SignatureVersion] = [.v4, .s3v4, .v4a, .s3v4a, .v2, .bearer, .unsigned]

    /// Whether this is `.unsigned`.
    public var isUnsigned: Bool { name == nil }

    /// The name, or `UNSIGNED`.
    public var description: String { name ?? "UNSIGNED" }

    /// Throws unless a client can sign with this version: a version botocore knows that this SDK
    /// does not implement yet (SigV3, S3's HMAC-SHA1 `s3`, S3 Express) and an unknown name
    /// are both refused, with the valid ones listed.
    package func validate(setting: String) throws(ConfigError) {
        guard let name, !Self.supported.contains(self) else { return }
        let valid = "valid values are: v4, s3v4, v4a, s3v4a, v2, bearer, and SignatureVersion.unsigned (botocore.UNSIGNED)."
        if let reason = Self.unsupportedReasons[name] {
            throw ConfigError(.invalidValue, "The signature version '\(name)' set in \(setting) is not supported: \(reason); \(valid)")
        }
        var hint = ""
        if name.caseInsensitiveEquals("unsigned") || name.caseInsensitiveEquals("none") {
            hint = " For unsigned requests use Config(signatureVersion: .unsigned)."
        }
        throw ConfigError(.invalidValue, "Unknown signature version '\(name)' in \(setting); \(valid)\(hint)")
    }

    /// Versions botocore knows and this SDK does not implement, with why.
    private static let unsupportedReasons: [String: String] = [
        "v3": "Signature Version 3 is not supported",
        "v3https": "Signature Version 3 is not supported",
        "s3": "S3's legacy HMAC-SHA1 signing (SigV2 for S3) is not supported",
        "v4-s3express": "S3 Express One Zone session auth is not supported yet",
    ]
}
