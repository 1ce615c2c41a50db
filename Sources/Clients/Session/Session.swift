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
    /// Where bearer tokens come from (`nil`: the default chain, `AWS_BEARER_TOKEN_<SIGNING_NAME>`
    /// then the profile's SSO token).
    let tokenProvider: (any TokenProvider)?
    /// The clock every client of the session signs with, corrected after a clock-skew error.
    let signingClock = SigningClock()
    /// Interceptors every client of the session runs, before those of the client's `Config`.
    public let interceptors: [any ClientInterceptor]
    private let injectedTransport: (any HTTPTransport)?
    private let transports = Mutex<[HTTPTransportOptions: SharedTransport]>([:])

    /// A transport the session's clients with the same options share, with how many hold it.
    private struct SharedTransport {
        let transport: any HTTPTransport
        /// Clients holding it (see `ClientTransport`).
        var leases = 0
        /// Used by the session itself (credential providers): never shut down.
        var isPinned = false
    }

    /// Creates a session.
    ///
    /// - Parameters:
    ///   - region: the default region of its clients.
    ///   - profile: the shared-config profile; a missing profile throws, listing those that exist.
    ///   - credentials: fixed credentials; otherwise botocore's provider chain finds them.
    ///   - credentialProvider: where credentials come from instead of botocore's chain (a
    ///     `RefreshingCredentialProvider` around your own fetch, say); ignored when `credentials` is given.
    ///   - tokenProvider: where bearer tokens come from, for services that use bearer auth
    ///     (CodeCatalyst; Bedrock when a token is configured); by default `AWS_BEARER_TOKEN_<SIGNING_NAME>`,
    ///     then the profile's `sso-session` token (`SSOTokenProvider`).
    ///   - mfaTokenProvider: gives MFA codes for assume-role profiles with `mfa_serial` (the SDK
    ///     never prompts); without it such profiles fail with an error saying to pass one.
    ///   - environment: the environment variables to read (tests inject their own).
    ///   - transport: the HTTP transport for every client (tests and benchmarks plug in their own).
    ///   - loader: where service models come from.
    ///   - interceptors: hooks every client of the session runs on every call, in order (before
    ///     those of a client's `Config`); see `ClientInterceptor`.
    public init(region: String? = nil, profile: String? = nil, credentials: Credentials? = nil,
                credentialProvider: (any CredentialProvider)? = nil,
                tokenProvider: (any TokenProvider)? = nil, mfaTokenProvider: MFATokenProvider? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment,
                transport: (any HTTPTransport)? = nil, loader: ModelLoader = .shared,
                interceptors: [any ClientInterceptor] = []) throws {
        self.interceptors = interceptors
        let sharedConfig = try SharedConfig.load(profile: profile, environment: environment)
        self.sharedConfig = sharedConfig
        self.environment = environment
        self.loader = loader
        self.injectedTransport = transport
        profileName = sharedConfig.profileName
        explicitRegion = region
        self.region = ConfigResolver(sharedConfig: sharedConfig, environment: environment).region(explicit: region)
        credentialSource = SessionCredentials(explicit: credentials, provider: credentialProvider, mfaTokenProvider: mfaTokenProvider)
        self.tokenProvider = tokenProvider
    }

    /// The credentials clients of this session sign with (resolved through the provider chain
    /// on first use). Throws `NoCredentialsError` when none can be found.
    public func credentials() async throws -> Credentials {
        try await credentialSource.credentials(session: self)
    }

    /// Seconds added to the local clock when signing: 0 until a service answers that a request's
    /// time was skewed (`RequestTimeTooSkewed`, ...), then the difference to that server's `Date`,
    /// for every client of the session.
    public var clockOffset: TimeInterval { signingClock.offset }

    /// A low-level client for `service` (`s3`, `lambda`, ... any service botocore describes, or one
    /// on `AWS_DATA_PATH`), as boto3's `session.client(...)`.
    ///
    /// - Parameters:
    ///   - service: the service name as botocore names its data folder (or one of botocore's aliases,
    ///     such as `runtime.sagemaker`); a misspelling throws with the closest names.
    ///   - region: overrides the session's region.
    ///   - apiVersion: an API version of the service (`"2015-10-01"` for EC2, say); the latest by
    ///     default. Throws listing the versions there are when it is not built in or on `AWS_DATA_PATH`.
    ///   - endpointURL: a fixed endpoint (a local server such as moto), instead of the rule set's.
    ///   - config: client settings (retries, timeouts, S3 addressing, checksums, ...).
    public func client(_ service: String, region: String? = nil, apiVersion: String? = nil, endpointURL: String? = nil,
                       config: Config? = nil) throws -> Client {
        let service = ServiceNameAliases.resolve(service)
        let model = try loader.serviceModel(service, apiVersion: apiVersion)
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
        let options = effective.transportOptions
        let transport = ClientTransport(lease: { [self] in leaseTransport(options: options) },
                                        giveBack: { [self] transport in await giveBack(transport, options: options) })
        return try ClientFactory.make(model: model, config: effective, loader: loader,
                                      credentials: { [credentialSource, self] in try await credentialSource.credentials(session: self) },
                                      tokens: tokenProvider ?? credentialSource.defaultTokenProvider(session: self),
                                      environment: environment, transport: transport,
                                      resolvedCredentials: { [credentialSource, self] in try credentialSource.immediateCredentials(session: self) },
                                      signingClock: signingClock,
                                      interceptors: interceptors + (config?.interceptors ?? []))
    }

    /// The transport credential providers fetch with (IMDS, container endpoints): the default
    /// options and the configured transport kind.
    func credentialsTransport() -> any HTTPTransport {
        let resolver = ConfigResolver(sharedConfig: sharedConfig, environment: environment)
        return transport(options: HTTPTransportOptions(kind: (try? resolver.transportKind(config: nil)) ?? .automatic))
    }

    /// How many transports the session's clients share now (one per set of transport options).
    var sharedTransportCount: Int { transports.withLock { $0.count } }

    /// The transport of the session's own requests (credential providers) with these options:
    /// shared with clients of the same options, and never shut down.
    func transport(options: HTTPTransportOptions) -> any HTTPTransport {
        if let injectedTransport { return injectedTransport }
        return transports.withLock { cache in
            let shared = cache[options] ?? SharedTransport(transport: HTTPTransports.make(options))
            cache[options] = SharedTransport(transport: shared.transport, leases: shared.leases, isPinned: true)
            return shared.transport
        }
    }

    /// The transport a client with these options sends through (one connection pool per set of
    /// options), counted as held until the client gives it back.
    private func leaseTransport(options: HTTPTransportOptions) -> any HTTPTransport {
        if let injectedTransport { return injectedTransport }
        return transports.withLock { cache in
            var shared = cache[options] ?? SharedTransport(transport: HTTPTransports.make(options))
            shared.leases += 1
            cache[options] = shared
            return shared.transport
        }
    }

    /// A client gave its transport back (`Client.close()`): the last holder's return shuts the
    /// transport down, unless the session itself uses it. Injected transports are the caller's.
    private func giveBack(_ transport: any HTTPTransport, options: HTTPTransportOptions) async {
        guard injectedTransport == nil else { return }
        let retired = transports.withLock { cache -> (any HTTPTransport)? in
            guard var shared = cache[options], (shared.transport as AnyObject) === (transport as AnyObject) else { return nil }
            shared.leases -= 1
            guard shared.leases <= 0, !shared.isPinned else {
                cache[options] = shared
                return nil
            }
            cache[options] = nil
            return shared.transport
        }
        await retired?.shutdown()
    }
}
