import Foundation

/// What credential providers read and call: the shared config, the environment, an HTTP
/// transport (container and instance metadata), an STS fetcher (assume-role, web identity) and a
/// clock, all injected so tests control them.
public struct CredentialProviderContext: Sendable {
    /// The shared config and credentials files with the selected profile.
    public var sharedConfig: SharedConfig
    /// The environment variables read.
    public var environment: [String: String]
    /// Sends container and instance-metadata requests; `nil` turns those two sources off.
    public var transport: (any HTTPTransport)?
    /// Calls STS for assume-role and web identity; `nil` makes those sources fail with a clear error.
    public var sts: (any STSCredentialsFetcher)?
    /// The current time.
    public var now: @Sendable () -> Date
    /// Waits between container-credential attempts (botocore sleeps 1 s).
    public var sleep: @Sendable (TimeInterval) async throws -> Void
    /// The `User-Agent` sent to the instance metadata service, if any.
    public var userAgent: String?

    /// Creates a context.
    public init(sharedConfig: SharedConfig, environment: [String: String] = ProcessInfo.processInfo.environment,
                transport: (any HTTPTransport)? = nil, sts: (any STSCredentialsFetcher)? = nil,
                now: @escaping @Sendable () -> Date = { Date() },
                sleep: @escaping @Sendable (TimeInterval) async throws -> Void = { try await Task.sleep(for: .seconds($0)) },
                userAgent: String? = nil) {
        self.sharedConfig = sharedConfig
        self.environment = environment
        self.transport = transport
        self.sts = sts
        self.now = now
        self.sleep = sleep
        self.userAgent = userAgent
    }

    /// A profile setting: from the merged profiles (config and credentials files).
    func profileValue(_ key: String, profile: String) -> String? {
        sharedConfig.profiles[profile]?[key]
    }

    /// An environment variable, else the selected profile's setting.
    func setting(env: String, profile key: String) -> String? {
        environment[env] ?? sharedConfig.profile[key]
    }
}
