import Foundation

/// Resolves each request's endpoint with the service's rule set, as botocore's
/// `EndpointRulesetResolver`: parameters from the operation and its input, client built-ins
/// computed once from the configuration, S3's per-call built-in adjustments, then the auth scheme
/// the SDK can sign with.
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
    }

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
        builtIns.stsUseGlobalEndpoint = false
        builtIns.accountIDEndpointMode = config.accountIDEndpointMode
        self.builtIns = builtIns
        isS3 = model.metadata.endpointPrefix == "s3"
        // S3's ForcePathStyle and Accelerate come from the built-ins, not the client context, so
        // per-call adjustments (GetBucketLocation's path style) take effect, as in botocore.
        clientContext = [:]
        presignGlobalEndpoint = isS3 && Self.presignUsesGlobalEndpoint(config: config, region: region, partitions: ruleSet.partitions)
    }

    package func endpoint(for operation: OperationModel, params: Document) throws -> RequestEndpoint {
        try endpoint(for: operation, params: params, presigning: false)
    }

    package func endpoint(for operation: OperationModel, params: Document, presigning: Bool) throws -> RequestEndpoint {
        var builtIns = self.builtIns
        if isS3 { Self.customizeS3(&builtIns, operation: operation, params: params) }
        let presignGlobal = presigning && presignGlobalEndpoint
        if presignGlobal { Self.useGlobalEndpointForPresigning(&builtIns, params: params) }
        let key: CallKey
        do {
            key = CallKey(operation: operation.name, inputs: try builder.inputValues(operation: operation, input: params),
                          forcePathStyle: builtIns.s3ForcePathStyle, presignGlobal: presignGlobal)
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
            var endpoint = RequestEndpoint(url: resolved.url, headers: resolved.headers.mapValues { Array($0.prefix(1)) })
            try Self.applyAuthScheme(resolved.authSchemes, to: &endpoint)
            return endpoint
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

    /// Picks the first auth scheme this SDK signs with and copies its signing name, region and
    /// double-encoding flag.
    static func applyAuthScheme(_ schemes: [Document], to endpoint: inout RequestEndpoint) throws {
        guard !schemes.isEmpty else { return }
        let supported = ["sigv4", "sigv4-s3express", "none"]
        guard let scheme = schemes.first(where: { supported.contains($0["name"]?.string ?? "") }) else {
            let names = schemes.compactMap { $0["name"]?.string }.joined(separator: ", ")
            throw EndpointError(.ruleSetError, "the endpoint requires auth scheme(s) \(names), which this SDK does not support yet")
        }
        endpoint.authScheme = scheme["name"]?.string
        endpoint.signingName = scheme["signingName"]?.string
        endpoint.signingRegion = scheme["signingRegion"]?.string
            ?? scheme["signingRegionSet"]?.array?.compactMap(\.string).joined(separator: ",").nilIfEmpty
        endpoint.disableDoubleEncoding = scheme["disableDoubleEncoding"]?.bool
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}

extension Error {
    /// The error's message for wrapping in another error.
    fileprivate var message: String { "\(self)" }
}
