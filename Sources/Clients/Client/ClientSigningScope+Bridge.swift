extension ClientSigningScope {
    /// botocore's `ClientEndpointBridge` (`_resolve_signing_name`, `_pick_region_values`) and
    /// `ClientArgsCreator`'s S3 and STS adjustments, over the legacy endpoint table:
    ///
    /// - signing name: the endpoint's `credentialScope.service`, else the model's signing name;
    /// - region: with a custom endpoint URL, the client's region; else the endpoint's
    ///   `credentialScope.region`, else the endpoint name it resolved to; `us-east-1` for STS's
    ///   legacy global endpoint. With no endpoints.json, the model's name and the client's region.
    static func bridge(model: ServiceModel, config: EffectiveConfig, region: String, table: LegacyEndpointTable?) -> ClientSigningScope {
        let prefix = model.metadata.endpointPrefix
        var lookupRegion: String? = region
        // `_compute_s3_endpoint_config`: the global endpoint for us-east-1 unless opted out.
        if prefix == "s3", (config.s3.usEast1RegionalEndpoint ?? "legacy") == "legacy", region == "us-east-1" { lookupRegion = nil }
        let fips = config.useFIPSEndpoint
        let dualStack = config.useDualStackEndpoint
        guard let table else { return ClientSigningScope(signingName: model.metadata.signingName, region: region, isAssumed: true) }
        guard let found = table.resolve(endpointPrefix: prefix, region: lookupRegion, useFIPS: fips, useDualStack: dualStack) else {
            return ClientSigningScope(signingName: model.metadata.signingName, region: region)
        }
        let name = found.credentialScopeService ?? model.metadata.signingName
        guard config.endpointURL == nil else { return ClientSigningScope(signingName: name, region: region) }
        var signingRegion = found.credentialScopeRegion ?? found.endpointName
        if prefix == "sts", !found.hasVariantTags, RuleSetEndpointProvider.stsUsesGlobalEndpoint(config: config, region: region) {
            signingRegion = "us-east-1"
        }
        return ClientSigningScope(signingName: name, region: signingRegion)
    }
}
