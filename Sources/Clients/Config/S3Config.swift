/// S3-specific settings (botocore's `Config(s3={...})` and the profile's `s3` sub-section).
/// Every field is optional: `nil` defers to the next source.
public struct S3Config: Sendable, Hashable {
    /// Path-style (`host/bucket/key`) or virtual-hosted (`bucket.host/key`) URLs.
    public var addressingStyle: S3AddressingStyle?
    /// Use the S3 Transfer Acceleration endpoint.
    public var useAccelerateEndpoint: Bool?
    /// Use the dual-stack (IPv4 and IPv6) endpoint; for S3 this wins over the general setting.
    public var useDualstackEndpoint: Bool?
    /// Sign the payload's SHA-256 (otherwise `UNSIGNED-PAYLOAD` over HTTPS where allowed).
    public var payloadSigningEnabled: Bool?
    /// Let an access point ARN's region override the client's region.
    public var useARNRegion: Bool?
    /// `regional` or `legacy` handling of `us-east-1`.
    public var usEast1RegionalEndpoint: String?
    /// Refuse multi-region access point ARNs.
    public var disableMultiregionAccessPoints: Bool?

    /// Creates S3 settings.
    public init(addressingStyle: S3AddressingStyle? = nil, useAccelerateEndpoint: Bool? = nil,
                useDualstackEndpoint: Bool? = nil, payloadSigningEnabled: Bool? = nil, useARNRegion: Bool? = nil,
                usEast1RegionalEndpoint: String? = nil, disableMultiregionAccessPoints: Bool? = nil) {
        self.addressingStyle = addressingStyle
        self.useAccelerateEndpoint = useAccelerateEndpoint
        self.useDualstackEndpoint = useDualstackEndpoint
        self.payloadSigningEnabled = payloadSigningEnabled
        self.useARNRegion = useARNRegion
        self.usEast1RegionalEndpoint = usEast1RegionalEndpoint
        self.disableMultiregionAccessPoints = disableMultiregionAccessPoints
    }

    /// These settings with every field that `other` sets taken from `other`.
    public func overlaid(by other: S3Config) -> S3Config {
        S3Config(addressingStyle: other.addressingStyle ?? addressingStyle,
                 useAccelerateEndpoint: other.useAccelerateEndpoint ?? useAccelerateEndpoint,
                 useDualstackEndpoint: other.useDualstackEndpoint ?? useDualstackEndpoint,
                 payloadSigningEnabled: other.payloadSigningEnabled ?? payloadSigningEnabled,
                 useARNRegion: other.useARNRegion ?? useARNRegion,
                 usEast1RegionalEndpoint: other.usEast1RegionalEndpoint ?? usEast1RegionalEndpoint,
                 disableMultiregionAccessPoints: other.disableMultiregionAccessPoints ?? disableMultiregionAccessPoints)
    }
}

/// How bucket names go into S3 URLs.
public enum S3AddressingStyle: String, Sendable, Hashable, CaseIterable {
    /// Virtual-hosted when the bucket name allows it, else path-style (botocore's default).
    case auto
    /// Always `https://host/bucket/key`.
    case path
    /// Always `https://bucket.host/key`.
    case virtual
}
