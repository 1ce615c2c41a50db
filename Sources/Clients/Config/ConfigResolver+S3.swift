extension ConfigResolver {
    /// S3 settings: the profile's `s3` sub-section, overridden by the environment and top-level
    /// profile keys botocore reads (`AWS_S3_USE_ARN_REGION`, `s3_use_arn_region`, ...), then by
    /// every field `Config.s3` sets.
    func s3Config(config: Config?) throws(ConfigError) -> S3Config {
        let section = profile.section("s3") ?? [:]
        func flag(_ env: String?, _ topLevelKey: String?, _ key: String) -> Bool? {
            if let env, let text = environment[env] { return ConfigValue.boolean(text) }
            if let topLevelKey, let text = profile[topLevelKey] { return ConfigValue.boolean(text) }
            return section[key].map(ConfigValue.boolean)
        }
        var style: S3AddressingStyle?
        if let text = section["addressing_style"] {
            guard let parsed = S3AddressingStyle(rawValue: text) else {
                throw ConfigError.invalid("s3 addressing_style", text, allowed: S3AddressingStyle.allCases.map(\.rawValue))
            }
            style = parsed
        }
        let fromProfile = S3Config(
            addressingStyle: style,
            useAccelerateEndpoint: flag(nil, nil, "use_accelerate_endpoint"),
            useDualstackEndpoint: flag(nil, nil, "use_dualstack_endpoint"),
            payloadSigningEnabled: flag(nil, nil, "payload_signing_enabled"),
            useARNRegion: flag("AWS_S3_USE_ARN_REGION", "s3_use_arn_region", "use_arn_region"),
            usEast1RegionalEndpoint: environment["AWS_S3_US_EAST_1_REGIONAL_ENDPOINT"]
                ?? profile["s3_us_east_1_regional_endpoint"] ?? section["us_east_1_regional_endpoint"],
            disableMultiregionAccessPoints: flag("AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS", nil, "s3_disable_multiregion_access_points"))
        guard let configured = config?.s3 else { return fromProfile }
        return fromProfile.overlaid(by: configured)
    }
}
