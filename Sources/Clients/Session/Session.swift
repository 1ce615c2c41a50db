import Foundation
import Synchronization

/// Where clients get their region, credentials and configuration, as boto3's `Session`.
///
/// ```swift
/// let session = try Session()                                    // environment, ~/.aws files, default profile
/// let session = try Session(region: "us-east-1", profile: "dev")
/// let session = try Session(region: "us-east-1",
///                           credentials: Credentials(accessKeyID: "AKID", secretAccessKey: "SECRET"))
/// let s3 = try session.client("s3")
/// ```
/// Sessions and their clients are `Sendable` and can be shared across tasks. Credentials are
/// resolved once, on the first request that needs them, and refreshed before they expire.
public final class Session: Sendable {
    /// The profile in use (`default` unless chosen by argument, `AWS_PROFILE` or `AWS_DEFAULT_PROFILE`).
    public let profileName: String
    /// The region given to the session, else from the environment or profile; `nil` when none is configured.
    public let region: String?

    let explicitRegion: String?
    let sharedConfig: SharedConfig
    let environment: [String: String]
    package let loader: ModelLoader
    let credentialSource: SessionCredentials
    private let injectedTransport: (any HTTPTransport)?
    private let transports = Mutex<[HTTPTransportOptions: any HTTPTransport]>([:])

    /// Creates a session.
    ///
    /// - Parameters:
    ///   - region: the default region of its clients.
    ///   - profile: the shared-config profile; a missing profile throws, listing those that exist.
    ///   - credentials: fixed credentials; otherwise botocore's provider chain finds them.
    ///   - environment: the environment variables to read (tests inject their own).
    ///   - transport: the HTTP transport for every client (tests and benchmarks plug in their own).
    ///   - loader: where service models come from.
    public init(region: String? = nil, profile: String? = nil, credentials: Credentials? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment,
                transport: (any HTTPTransport)? = nil, loader: ModelLoader = .shared) throws {
        let sharedConfig = try SharedConfig.load(profile: profile, environment: environment)
        self.sharedConfig = sharedConfig
        self.environment = environment
        self.loader = loader
        self.injectedTransport = transport
        profileName = sharedConfig.profileName
        explicitRegion = region
        self.region = ConfigResolver(sharedConfig: sharedConfig, environment: environment).region(explicit: region)
        credentialSource = SessionCredentials(explicit: credentials)
    }

    /// The credentials clients of this session sign with (resolved through the provider chain
    /// on first use). Throws `NoCredentialsError` when none can be found.
    public func credentials() async throws -> Credentials {
        try await credentialSource.credentials(session: self)
    }

    /// A low-level client for `service` (`s3`, `sqs`, ... or any service on `AWS_DATA_PATH`).
    ///
    /// - Parameters:
    ///   - service: the service name as botocore names its data folder (or one of botocore's aliases,
    ///     such as `runtime.sagemaker`); a misspelling throws with the closest names.
    ///   - region: overrides the session's region.
    ///   - endpointURL: a fixed endpoint (a local server such as moto), instead of the rule set's.
    ///   - config: client settings (retries, timeouts, S3 addressing, checksums, ...).
    public func client(_ service: String, region: String? = nil, endpointURL: String? = nil, config: Config? = nil) throws -> Client {
        let service = ServiceNameAliases.resolve(service)
        let model = try loader.serviceModel(service)
        let resolver = ConfigResolver(sharedConfig: sharedConfig, environment: environment)
        var effective = try resolver.resolve(serviceID: model.metadata.serviceID ?? service,
                                             endpointPrefix: model.metadata.endpointPrefix,
                                             region: region ?? explicitRegion, endpointURL: endpointURL, config: config)
        let resolvedRegion: String
        if let configured = effective.region {
            resolvedRegion = configured
        } else if model.metadata.endpointPrefix == "s3" || effective.endpointURL != nil || model.metadata.globalEndpoint != nil {
            resolvedRegion = "us-east-1"
        } else {
            throw EndpointError(.noRegion, "You must specify a region: pass region: to the Session or client, set AWS_DEFAULT_REGION, or add region to the profile '\(profileName)'.")
        }
        effective.region = resolvedRegion
        return try ClientFactory.make(model: model, config: effective, loader: loader,
                                      credentials: { [credentialSource, self] in try await credentialSource.credentials(session: self) },
                                      transport: transport(options: effective.transportOptions),
                                      resolvedCredentials: { [credentialSource, self] in try credentialSource.immediateCredentials(session: self) })
    }

    /// The transport credential providers fetch with (IMDS, container endpoints): the default
    /// options and the configured transport kind.
    func credentialsTransport() -> any HTTPTransport {
        let resolver = ConfigResolver(sharedConfig: sharedConfig, environment: environment)
        return transport(options: HTTPTransportOptions(kind: (try? resolver.transportKind(config: nil)) ?? .automatic))
    }

    /// The transport shared by clients with the same transport options (one connection pool).
    func transport(options: HTTPTransportOptions) -> any HTTPTransport {
        if let injectedTransport { return injectedTransport }
        return transports.withLock { cache in
            if let existing = cache[options] { return existing }
            let created = HTTPTransports.make(options)
            cache[options] = created
            return created
        }
    }
}
