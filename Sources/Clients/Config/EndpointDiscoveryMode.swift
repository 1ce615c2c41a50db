import Foundation

/// When a client asks a service where to send requests (endpoint discovery), as botocore's
/// `endpoint_discovery_enabled`: `.auto` (the default) discovers only for operations whose model
/// requires it (Timestream's), `.enabled` (`true`) for every operation that supports it
/// (DynamoDB's too), `.disabled` (`false`) never, and refuses operations that require it.
///
/// ```swift
/// let dynamodb = try session.client("dynamodb", config: Config(endpointDiscoveryEnabled: true))
/// let timestream = try session.client("timestream-write")                 // .auto: discovers
/// ```
/// Also `AWS_ENDPOINT_DISCOVERY_ENABLED` and the profile's `endpoint_discovery_enabled`
/// (`auto`, `true` or `false`, in any case). A client given an `endpointURL` never discovers.
public enum EndpointDiscoveryMode: String, Sendable, Hashable, CaseIterable, ExpressibleByBooleanLiteral {
    /// Discover only for operations that require it.
    case auto
    /// Discover for every operation that supports it.
    case enabled = "true"
    /// Never discover; operations that require it fail with `EndpointDiscoveryError`.
    case disabled = "false"

    /// `true` is `.enabled`, `false` is `.disabled`: `Config(endpointDiscoveryEnabled: false)`.
    public init(booleanLiteral value: Bool) {
        self = value ? .enabled : .disabled
    }

    /// A setting as botocore reads it from the environment or a profile: `auto`, `true` or
    /// `false`, in any case and with surrounding white space; `nil` for anything else.
    public init?(configValue: String) {
        self.init(rawValue: configValue.trimmingCharacters(in: .whitespacesAndNewlines).lowercased())
    }
}
