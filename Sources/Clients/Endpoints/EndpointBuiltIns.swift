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
        switch name {
        case "AWS::Region": return region.map(Document.string)
        case "AWS::UseFIPS": return .bool(endpointURL == nil && useFIPS)
        case "AWS::UseDualStack": return .bool(endpointURL == nil && useDualStack)
        case "AWS::STS::UseGlobalEndpoint": return .bool(stsUseGlobalEndpoint)
        case "AWS::S3::UseGlobalEndpoint": return .bool(s3UseGlobalEndpoint ?? (region == nil || region == "us-east-1"))
        case "AWS::S3::Accelerate": return .bool(s3Accelerate)
        case "AWS::S3::ForcePathStyle": return .bool(s3ForcePathStyle)
        case "AWS::S3::UseArnRegion": return .bool(s3UseArnRegion)
        case "AWS::S3::DisableS3ExpressSessionAuth": return s3DisableExpressSessionAuth.map(Document.bool)
        case "AWS::S3Control::UseArnRegion": return .bool(s3ControlUseArnRegion)
        case "AWS::S3::DisableMultiRegionAccessPoints": return .bool(s3DisableMultiRegionAccessPoints)
        case "SDK::Endpoint": return endpointURL.map(Document.string)
        case "AWS::Auth::AccountId": return accountID.map(Document.string)
        case "AWS::Auth::AccountIdEndpointMode": return accountIDEndpointMode.map(Document.string)
        default:
            throw EndpointResolutionError(.unknownBuiltIn, "the endpoint rule set uses the built-in '\(name)', which this SDK does not know; update the SDK")
        }
    }
}
