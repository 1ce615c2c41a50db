import Foundation

/// Resolves each request's endpoint with the service's rule set, as botocore's
/// `EndpointRulesetResolver`: parameters from the operation and its input, client built-ins
/// computed once from the configuration, S3's per-call built-in adjustments, and the account of the
/// call's credentials. The endpoint's auth schemes are passed on for the signer to choose from.
package struct RuleSetEndpointProvider: EndpointProviding {
    let ruleSet: EndpointRuleSet
    let builder: EndpointParameterBuilder
    let builtIns: EndpointBuiltIns
    let clientContext: [String: Document]
    let isS3: Bool
    /// Whether S3 presigned URLs go to the global endpoint (botocore's `_should_use_global_endpoint`).
    let presignGlobalEndpoint: Bool
    /// Finished endpoints by call.
    let cache = EndpointResolutionCache<CallKey, RequestEndpoint>()

    /// What a call's endpoint depends on beyond this provider's fixed built-ins and client
    /// context: the operation, the input members bound to parameters, and S3's per-call
    /// path-style choice (`customizeS3`).
    struct CallKey: Hashable, Sendable {
        let operation: String
        let inputs: [Document?]
        let forcePathStyle: Bool
        /// Presigned S3 URLs may resolve against the global endpoint instead.
        let presignGlobal: Bool
        /// The credentials' account, for rule sets that read `AWS::Auth::AccountId`.
        let accountID: String?
    }

    /// Whether the rule set has a parameter bound to `AWS::Auth::AccountId`.
    package let usesAccountID: Bool

    /// Creates the provider for `model` with built-ins derived from `config`.
    package init(model: ServiceModel, ruleSet: EndpointRuleSet, config: EffectiveConfig, region: String?) {
        self.ruleSet = ruleSet
        builder = EndpointParameterBuilder(ruleSet: ruleSet, service: model)
        let endpointURL = config.endpointURL
        var builtIns = EndpointBuiltIns(region: region,
                                        useFIPS: endpointURL == nil && config.useFIPSEndpoint,
                                        useDualStack: endpointURL == nil && config.useDualStackEndpoint,
                                        endpointURL: endpointURL)
        let s3 = config.s3
        let accelerate = s3.useAccelerateEndpoint ?? false
        builtIns.s3Accelerate = accelerate
        // botocore's compute_endpoint_resolver_builtin_defaults: a custom endpoint means path style
        // unless virtual addressing was asked for.
        if accelerate {
            builtIns.s3ForcePathStyle = false
        } else if let endpointURL, !endpointURL.contains("s3-accelerate") {
            builtIns.s3ForcePathStyle = s3.addressingStyle != .virtual
        } else {
            builtIns.s3ForcePathStyle = s3.addressingStyle == .path
        }
        builtIns.s3UseArnRegion = s3.useARNRegion ?? true
        builtIns.s3DisableMultiRegionAccessPoints = s3.disableMultiregionAccessPoints ?? false
        let usEast1Regional = s3.usEast1RegionalEndpoint ?? "legacy"
        builtIns.s3UseGlobalEndpoint = usEast1Regional == "legacy" && (region == nil || region == "us-east-1")
        builtIns.stsUseGlobalEndpoint = Self.stsUsesGlobalEndpoint(config: config, region: region)
        builtIns.accountIDEndpointMode = config.accountIDEndpointMode
        self.builtIns = builtIns
        isS3 = model.metadata.endpointPrefix == "s3"
        // S3's ForcePathStyle and Accelerate come from the built-ins, not the client context, so
        // per-call adjustments (GetBucketLocation's path style) take effect, as in botocore.
        clientContext = [:]
        presignGlobalEndpoint = isS3 && Self.presignUsesGlobalEndpoint(config: config, region: region, partitions: ruleSet.partitions)
        usesAccountID = ruleSet.parameters.contains { $0.builtIn == "AWS::Auth::AccountId" }
    }

    /// botocore's `AWS::STS::UseGlobalEndpoint`: `sts_regional_endpoints = legacy` and one of the
    /// regions STS served from `sts.amazonaws.com` before it was regionalized (a custom endpoint
    /// does not matter here, as in botocore's built-in).
    static func stsUsesGlobalEndpoint(config: EffectiveConfig, region: String?) -> Bool {
        guard config.stsRegionalEndpoints == "legacy", let region else { return false }
        return legacyGlobalSTSRegions.contains(region)
    }

    /// botocore's `LEGACY_GLOBAL_STS_REGIONS`.
    static let legacyGlobalSTSRegions: Set<String> = [
        "ap-northeast-1", "ap-south-1", "ap-southeast-1", "ap-southeast-2", "aws-global", "ca-central-1", "eu-central-1",
        "eu-north-1", "eu-west-1", "eu-west-2", "eu-west-3", "sa-east-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2",
    ]

    package func endpoint(for operation: OperationModel, params: Document) throws -> RequestEndpoint {
        try endpoint(for: operation, params: params, presigning: false, accountID: nil)
    }

    package func endpoint(for operation: OperationModel, params: Document, presigning: Bool, accountID: String?) throws -> RequestEndpoint {
        var builtIns = self.builtIns
        if isS3 { Self.customizeS3(&builtIns, operation: operation, params: params) }
        let presignGlobal = presigning && presignGlobalEndpoint
        if presignGlobal { Self.useGlobalEndpointForPresigning(&builtIns, params: params) }
        let account = usesAccountID ? accountID : nil
        builtIns.accountID = account
        let key: CallKey
        do {
            key = CallKey(operation: operation.name, inputs: try builder.inputValues(operation: operation, input: params),
                          forcePathStyle: builtIns.s3ForcePathStyle, presignGlobal: presignGlobal, accountID: account)
        } catch {
            throw EndpointError(.ruleSetError, error.message)
        }
        return try cache.value(for: key) { _ in
            let resolved: ResolvedEndpoint
            do {
                let values = try builder.values(operation: operation, input: params, builtIns: builtIns,
                                                clientContext: clientContext)
                resolved = try ruleSet.resolve(builder.parameters(fromValues: values))
            } catch {
                throw EndpointError(.ruleSetError, error.message)
            }
            return RequestEndpoint(url: resolved.url, headers: resolved.headers.mapValues { Array($0.prefix(1)) },
                                   authSchemes: resolved.authSchemes)
        }
    }

    /// botocore's `customize_endpoint_resolver_builtins` for S3: GetBucketLocation always uses
    /// path style; ARN buckets never do.
    static func customizeS3(_ builtIns: inout EndpointBuiltIns, operation: OperationModel, params: Document) {
        let bucket = params["Bucket"]?.string
        if operation.name == "GetBucketLocation" {
            builtIns.s3ForcePathStyle = true
        } else if let bucket, bucket.hasPrefix("arn:"), bucket.split(separator: ":", omittingEmptySubsequences: false).count >= 6 {
            builtIns.s3ForcePathStyle = false
        }
    }
}

extension Error {
    /// The error's message for wrapping in another error.
    fileprivate var message: String { "\(self)" }
}
