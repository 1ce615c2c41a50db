import Foundation

/// Builds clients from their parts; `Session` uses it, and so can tests and benchmarks that bring
/// their own transport or credentials.
package enum ClientFactory {
    /// A client for `model` sending through `transport`, which it never shuts down (see the
    /// overload taking a `ClientTransport` lease).
    package static func make(model: ServiceModel, config: EffectiveConfig, loader: ModelLoader = .shared,
                             credentials: @escaping @Sendable () async throws -> Credentials,
                             tokens: (any TokenProvider)? = nil, environment: [String: String] = [:],
                             transport: any HTTPTransport,
                             sleep: (@Sendable (Double) async throws -> Void)? = nil,
                             now: @escaping @Sendable () -> Date = { Date() },
                             resolvedCredentials: (@Sendable () throws -> Credentials)? = nil,
                             signingClock: SigningClock? = nil,
                             extraCustomizations: [any ServiceCustomization] = [],
                             interceptors: [any ClientInterceptor] = []) throws -> Client {
        try make(model: model, config: config, loader: loader, credentials: credentials, tokens: tokens, environment: environment,
                 transport: ClientTransport(fixed: transport), sleep: sleep, now: now, resolvedCredentials: resolvedCredentials,
                 signingClock: signingClock, extraCustomizations: extraCustomizations, interceptors: interceptors)
    }

    /// A client for `model` with a resolved configuration (whose `region` must be set).
    /// `resolvedCredentials` gives presigning credentials without waiting (see `Client.generatePresignedURL`);
    /// `tokens` supplies bearer tokens; `environment` is where `AWS_BEARER_TOKEN_<NAME>` is looked
    /// up when choosing bearer auth; `now` is the local clock; `signingClock` (made from `now` when
    /// absent) is the one requests are signed with, corrected after a clock-skew error and shared
    /// by the clients of a session; `extraCustomizations` run after the service's own (the DPoP
    /// header of the `aws login` refresh).
    package static func make(model: ServiceModel, config: EffectiveConfig, loader: ModelLoader = .shared,
                             credentials: @escaping @Sendable () async throws -> Credentials,
                             tokens: (any TokenProvider)? = nil, environment: [String: String] = [:],
                             transport: ClientTransport,
                             sleep: (@Sendable (Double) async throws -> Void)? = nil,
                             now: @escaping @Sendable () -> Date = { Date() },
                             resolvedCredentials: (@Sendable () throws -> Credentials)? = nil,
                             signingClock: SigningClock? = nil,
                             extraCustomizations: [any ServiceCustomization] = [],
                             interceptors: [any ClientInterceptor] = []) throws -> Client {
        let clock = signingClock ?? SigningClock(base: now)
        let signingNow: @Sendable () -> Date = { clock.now() }
        let region = config.region ?? "us-east-1"
        let meta = ClientMeta(serviceName: model.serviceName, region: region, endpointURL: config.endpointURL,
                              serviceModel: model, config: config)
        // The rule set is loaded and compiled on the first request (most of a client's creation cost).
        let endpoints = LazyRuleSetEndpointProvider {
            RuleSetEndpointProvider(model: model, ruleSet: try EndpointDataFiles.ruleSet(service: model.serviceName, loader: loader),
                                    config: config, region: region)
        }
        let signer = ClientRequestSigner(
            credentials: credentials, tokens: tokens ?? TokenProviderChain(providers: [EnvironmentTokenProvider(environment: environment)]),
            tokenSigningName: model.metadata.signingName,
            resolver: try SigningResolver(model: model, config: config, environment: environment),
            scope: { ClientSigningScope.bridge(model: model, config: config, region: region, table: LegacyEndpointTable.shared(loader: loader)) },
            s3PayloadSigningEnabled: config.s3.payloadSigningEnabled, now: signingNow)
        let wireProtocol = try WireProtocols.forService(model, timestampPrecision: ServiceCustomizations.timestampPrecision(for: model))
        let runtime = ClientRuntime(meta: meta, wireProtocol: wireProtocol, transport: transport,
                                    retryStrategy: try retryStrategy(config: config, model: model, loader: loader),
                                    endpoints: endpoints, signer: signer,
                                    customizations: ServiceCustomizations.forService(model) + extraCustomizations, loader: loader,
                                    sleep: sleep ?? { seconds in try await RetryDelay.sleep(seconds) },
                                    now: now, resolvedCredentials: resolvedCredentials, credentials: credentials,
                                    presigner: SigV4RegionalPresigner(credentials: credentials, signingName: model.metadata.signingName,
                                                                      now: signingNow),
                                    endpointDiscovery: try EndpointDiscovery.make(service: model, config: config, now: now),
                                    signingClock: clock, interceptors: interceptors)
        return Client(runtime: runtime)
    }

    /// botocore's retry handler for the configured mode.
    static func retryStrategy(config: EffectiveConfig, model: ServiceModel, loader: ModelLoader) throws -> any RetryStrategy {
        let prefix = model.metadata.endpointPrefix
        switch config.retryMode {
        case .legacy:
            return LegacyRetryStrategy(retryDefinition: try loader.loadData("_retry"), service: prefix,
                                       maxAttempts: config.totalMaxAttempts)
        case .standard:
            return StandardRetryStrategy(maxAttempts: config.maxAttempts(endpointPrefix: prefix))
        case .adaptive:
            return AdaptiveRetryStrategy(standard: StandardRetryStrategy(maxAttempts: config.maxAttempts(endpointPrefix: prefix)))
        }
    }
}
