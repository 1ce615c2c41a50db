import Foundation

/// Builds clients from their parts; `Session` uses it, and so can tests and benchmarks that bring
/// their own transport or credentials.
package enum ClientFactory {
    /// A client for `model` with a resolved configuration (whose `region` must be set).
    /// `resolvedCredentials` gives presigning credentials without waiting (see `Client.generatePresignedURL`);
    /// `now` is the clock requests are signed at.
    package static func make(model: ServiceModel, config: EffectiveConfig, loader: ModelLoader = .shared,
                             credentials: @escaping @Sendable () async throws -> Credentials,
                             transport: any HTTPTransport,
                             sleep: (@Sendable (Double) async throws -> Void)? = nil,
                             resolvedCredentials: (@Sendable () throws -> Credentials)? = nil,
                             now: @escaping @Sendable () -> Date = { Date() }) throws -> Client {
        let region = config.region ?? "us-east-1"
        let meta = ClientMeta(serviceName: model.serviceName, region: region, endpointURL: config.endpointURL,
                              serviceModel: model, config: config)
        // The rule set is loaded and compiled on the first request (most of a client's creation cost).
        let endpoints = LazyRuleSetEndpointProvider {
            RuleSetEndpointProvider(model: model, ruleSet: try EndpointDataFiles.ruleSet(service: model.serviceName, loader: loader),
                                    config: config, region: region)
        }
        let signer = SigV4RequestSigner(credentials: credentials, model: model, region: region,
                                        s3PayloadSigningEnabled: config.s3.payloadSigningEnabled ?? false, now: now)
        let wireProtocol = try WireProtocols.forService(model, timestampPrecision: ServiceCustomizations.timestampPrecision(for: model))
        let runtime = ClientRuntime(meta: meta, wireProtocol: wireProtocol, transport: transport,
                                    retryStrategy: try retryStrategy(config: config, model: model, loader: loader),
                                    endpoints: endpoints, signer: signer,
                                    customizations: ServiceCustomizations.forService(model), loader: loader,
                                    sleep: sleep ?? { seconds in try await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1e9)) },
                                    resolvedCredentials: resolvedCredentials,
                                    presigner: SigV4RegionalPresigner(credentials: credentials, signingName: model.metadata.signingName,
                                                                      now: now))
        return Client(runtime: runtime)
    }

    /// botocore's retry handler for the configured mode (adaptive runs as standard).
    static func retryStrategy(config: EffectiveConfig, model: ServiceModel, loader: ModelLoader) throws -> any RetryStrategy {
        let prefix = model.metadata.endpointPrefix
        switch config.retryMode {
        case .legacy:
            return LegacyRetryStrategy(retryDefinition: try loader.loadData("_retry"), service: prefix,
                                       maxAttempts: config.totalMaxAttempts)
        case .standard, .adaptive:
            return StandardRetryStrategy(maxAttempts: config.maxAttempts(endpointPrefix: prefix))
        }
    }
}
