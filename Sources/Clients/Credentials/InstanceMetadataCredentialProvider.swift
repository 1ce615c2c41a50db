import Foundation

/// Credentials of the EC2 instance's IAM role from the instance metadata service (botocore's
/// `InstanceMetadataProvider`, method `iam-role`, credential source `Ec2InstanceMetadata`).
///
/// IMDSv2: a `PUT /latest/api/token` with `x-aws-ec2-metadata-token-ttl-seconds: 21600`, then
/// `GET /latest/meta-data/iam/security-credentials/` for the role name and `GET .../ROLE` for the
/// credentials, each with `x-aws-ec2-metadata-token`. Without a token (403/404/405 or a read
/// timeout) it falls back to IMDSv1 unless `ec2_metadata_v1_disabled` is set. Timeout 1 s and 1
/// attempt by default (`AWS_METADATA_SERVICE_TIMEOUT`, `AWS_METADATA_SERVICE_NUM_ATTEMPTS`);
/// `AWS_EC2_METADATA_DISABLED=true` turns it off; `AWS_EC2_METADATA_SERVICE_ENDPOINT` or
/// `AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6` choose the endpoint.
public struct InstanceMetadataCredentialProvider: CredentialProvider {
    /// The settings read from the environment and profile.
    public let settings: InstanceMetadataSettings
    private let refresher: RefreshingCredentialProvider?

    /// Creates the provider from the context's environment, profile and transport.
    public init(context: CredentialProviderContext) {
        let settings = InstanceMetadataSettings(context: context)
        self.settings = settings
        guard !settings.disabled, let transport = context.transport else { refresher = nil; return }
        let client = InstanceMetadataClient(settings: settings, transport: transport, userAgent: context.userAgent)
        let now = context.now
        refresher = RefreshingCredentialProvider(method: "iam-role", sourceDescription: "EC2 instance metadata (\(settings.baseURL))",
                                                 now: now) {
            try await client.roleCredentials(now: now())
        }
    }

    /// The role's credentials (cached, refreshed before expiry); `.notConfigured` when the
    /// service is disabled or has no role credentials.
    public func credentials() async throws -> Credentials {
        guard let refresher else { throw CredentialsError.notConfigured("iam-role") }
        return try await refresher.credentials()
    }

    /// "EC2 instance metadata (URL)".
    public var sourceDescription: String {
        settings.disabled ? "EC2 instance metadata (disabled by AWS_EC2_METADATA_DISABLED)" : "EC2 instance metadata (\(settings.baseURL))"
    }
}

/// How the instance metadata service is reached.
public struct InstanceMetadataSettings: Sendable, Hashable {
    /// `AWS_EC2_METADATA_DISABLED` is `true`.
    public var disabled: Bool
    /// The service's base URL (`http://169.254.169.254/`, `http://[fd00:ec2::254]/` or configured).
    public var baseURL: String
    /// Seconds per request (connect and read).
    public var timeout: Double
    /// Attempts per request.
    public var attempts: Int
    /// Never fall back to IMDSv1 (requests without a token).
    public var v1Disabled: Bool

    /// Reads the settings from the context's environment, then the selected profile.
    public init(context: CredentialProviderContext) {
        disabled = context.environment["AWS_EC2_METADATA_DISABLED"]?.lowercased() == "true"
        let mode = context.setting(env: "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", profile: "ec2_metadata_service_endpoint_mode")
        let ipv6 = mode.map { $0.lowercased() == "ipv6" }
            ?? context.setting(env: "AWS_IMDS_USE_IPV6", profile: "imds_use_ipv6").map(ConfigValue.boolean) ?? false
        if let custom = context.setting(env: "AWS_EC2_METADATA_SERVICE_ENDPOINT", profile: "ec2_metadata_service_endpoint"), !custom.isEmpty {
            baseURL = custom
        } else {
            baseURL = ipv6 ? "http://[fd00:ec2::254]/" : "http://169.254.169.254/"
        }
        timeout = context.setting(env: "AWS_METADATA_SERVICE_TIMEOUT", profile: "metadata_service_timeout").flatMap(Double.init) ?? 1
        attempts = max(1, context.setting(env: "AWS_METADATA_SERVICE_NUM_ATTEMPTS", profile: "metadata_service_num_attempts").flatMap(Int.init) ?? 1)
        v1Disabled = context.setting(env: "AWS_EC2_METADATA_V1_DISABLED", profile: "ec2_metadata_v1_disabled").map(ConfigValue.boolean) ?? false
    }
}
