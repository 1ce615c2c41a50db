/// The SDK settings rule-set parameters can name as `builtIn` (`AWS::Region`, `SDK::Endpoint`, ...),
/// with botocore's defaults.
///
/// ```swift
/// var builtIns = EndpointBuiltIns(region: "us-west-2")
/// builtIns.s3ForcePathStyle = true
/// ```
public struct EndpointBuiltIns: Sendable, Hashable {
    /// `AWS::Region`.
    public var region: String?
    /// `AWS::UseFIPS` (reported as `false` when `endpointURL` is set, as botocore does).
    public var useFIPS: Bool
    /// `AWS::UseDualStack` (reported as `false` when `endpointURL` is set, as botocore does).
    public var useDualStack: Bool
    /// `SDK::Endpoint`: a custom endpoint URL.
    public var endpointURL: String?
    /// `AWS::STS::UseGlobalEndpoint` (botocore: `sts_regional_endpoints = legacy` and a legacy global region).
    public var stsUseGlobalEndpoint: Bool
    /// `AWS::S3::UseGlobalEndpoint`; `nil` means botocore's default (`us_east_1_regional_endpoint = legacy`):
    /// true for `us-east-1` and for no region.
    public var s3UseGlobalEndpoint: Bool?
    /// `AWS::S3::Accelerate`.
    public var s3Accelerate: Bool
    /// `AWS::S3::ForcePathStyle`.
    public var s3ForcePathStyle: Bool
    /// `AWS::S3::UseArnRegion` (botocore's default: true).
    public var s3UseArnRegion: Bool
    /// `AWS::S3Control::UseArnRegion` (botocore's default: false).
    public var s3ControlUseArnRegion: Bool
    /// `AWS::S3::DisableMultiRegionAccessPoints`.
    public var s3DisableMultiRegionAccessPoints: Bool
    /// `AWS::S3::DisableS3ExpressSessionAuth`.
    public var s3DisableExpressSessionAuth: Bool?
    /// `AWS::Auth::AccountId`: the account of the credentials, when known.
    public var accountID: String?
    /// `AWS::Auth::AccountIdEndpointMode` (`preferred`, `required`, `disabled`).
    public var accountIDEndpointMode: String?
    /// Values by built-in name that replace the ones above (what botocore's
    /// `before-endpoint-resolution` handlers do). `.null` removes a value.
    public var overrides: [String: Document]

    /// Every built-in name botocore knows; a rule set naming another one cannot be used.
    public static let knownNames: Set<String> = [
        "AWS::Region", "AWS::UseFIPS", "AWS::UseDualStack", "AWS::STS::UseGlobalEndpoint",
        "AWS::S3::UseGlobalEndpoint", "AWS::S3::Accelerate", "AWS::S3::ForcePathStyle", "AWS::S3::UseArnRegion",
        "AWS::S3::DisableS3ExpressSessionAuth", "AWS::S3Control::UseArnRegion",
        "AWS::S3::DisableMultiRegionAccessPoints", "SDK::Endpoint", "AWS::Auth::AccountId",
        "AWS::Auth::AccountIdEndpointMode",
    ]

    /// Creates built-ins with botocore's defaults for everything not given.
    public init(region: String?, useFIPS: Bool = false, useDualStack: Bool = false, endpointURL: String? = nil) {
        self.region = region
        self.useFIPS = useFIPS
        self.useDualStack = useDualStack
        self.endpointURL = endpointURL
        stsUseGlobalEndpoint = false
        s3UseGlobalEndpoint = nil
        s3Accelerate = false
        s3ForcePathStyle = false
        s3UseArnRegion = true
        s3ControlUseArnRegion = false
        s3DisableMultiRegionAccessPoints = false
        s3DisableExpressSessionAuth = nil
        accountID = nil
        accountIDEndpointMode = nil
        overrides = [:]
    }

    /// Built-ins holding only the given values (botocore's end-to-end endpoint tests replace every
    /// built-in with the test's `builtInParams`).
    public static func exactly(_ values: [String: Document]) -> EndpointBuiltIns {
        var builtIns = EndpointBuiltIns(region: nil)
        for name in knownNames { builtIns.overrides[name] = .null }
        for (name, value) in values { builtIns.overrides[name] = value }
        return builtIns
    }

    /// The value for a built-in name, `nil` when unset; throws for a name botocore does not know.
    public func value(for name: String) throws(EndpointResolutionError) -> Document? {
        if let override = overrides[name] { return override.isNull ? nil : override }
        return try Self.reader(for: name)(self)
    }

    /// A function reading the built-in `name` (overrides first) from any built-ins. Endpoint
    /// parameter plans make one per parameter, so a call does not match the name against every
    /// known built-in again. Throws for a name botocore does not know.
    package static func reader(for name: String) throws(EndpointResolutionError) -> @Sendable (EndpointBuiltIns) -> Document? {
        let read: @Sendable (EndpointBuiltIns) -> Document?
        switch name {
        case "AWS::Region": read = { $0.region.map(Document.string) }
        case "AWS::UseFIPS": read = { .bool($0.endpointURL == nil && $0.useFIPS) }
        case "AWS::UseDualStack": read = { .bool($0.endpointURL == nil && $0.useDualStack) }
        case "AWS::STS::UseGlobalEndpoint": read = { .bool($0.stsUseGlobalEndpoint) }
        case "AWS::S3::UseGlobalEndpoint": read = { .bool($0.s3UseGlobalEndpoint ?? ($0.region == nil || $0.region == "us-east-1")) }
        case "AWS::S3::Accelerate": read = { .bool($0.s3Accelerate) }
        case "AWS::S3::ForcePathStyle": read = { .bool($0.s3ForcePathStyle) }
        case "AWS::S3::UseArnRegion": read = { .bool($0.s3UseArnRegion) }
        case "AWS::S3::DisableS3ExpressSessionAuth": read = { $0.s3DisableExpressSessionAuth.map(Document.bool) }
        case "AWS::S3Control::UseArnRegion": read = { .bool($0.s3ControlUseArnRegion) }
        case "AWS::S3::DisableMultiRegionAccessPoints": read = { .bool($0.s3DisableMultiRegionAccessPoints) }
        case "SDK::Endpoint": read = { $0.endpointURL.map(Document.string) }
        case "AWS::Auth::AccountId": read = { $0.accountID.map(Document.string) }
        case "AWS::Auth::AccountIdEndpointMode": read = { $0.accountIDEndpointMode.map(Document.string) }
        default:
            throw EndpointResolutionError(.unknownBuiltIn, "the endpoint rule set uses the built-in '\(name)', which this SDK does not know; update the SDK")
        }
        return { builtIns in
            if !builtIns.overrides.isEmpty, let override = builtIns.overrides[name] { return override.isNull ? nil : override }
            return read(builtIns)
        }
    }
}
