import Foundation

/// A client's endpoint discovery, as botocore's `_register_endpoint_discovery` sets it up: the
/// configured mode, the model's discovery traits and the cache of discovered endpoints.
///
/// It knows nothing of clients: whoever sends requests asks `target(for:params:)` before
/// validation, `endpoint(for:fetch:)` before each attempt is signed (passing a closure that calls
/// the discovery operation), and `evict(_:)` when an attempt was refused as sent to the wrong
/// endpoint (`invalidatesEndpoint(statusCode:errorCode:)`).
package struct EndpointDiscovery: Sendable {
    /// When to discover.
    package let mode: EndpointDiscoveryMode
    /// The model's discovery traits.
    package let model: EndpointDiscoveryModel
    /// The endpoints discovered so far.
    package let cache: EndpointDiscoveryCache

    package init(mode: EndpointDiscoveryMode, model: EndpointDiscoveryModel, cache: EndpointDiscoveryCache) {
        self.mode = mode
        self.model = model
        self.cache = cache
    }

    /// Discovery for a client of `service` with `config`, whose entries expire by `now`; `nil` for
    /// a client given an explicit endpoint URL, which botocore never points elsewhere (it neither
    /// discovers nor refuses operations that require discovery). A configured URL
    /// (`AWS_ENDPOINT_URL`, profile) leaves discovery on, as in botocore: the discovery call goes there.
    ///
    /// Throws the configuration error of an invalid `endpoint_discovery_enabled` when the service
    /// has a discovery operation (botocore refuses it when it creates such a client, and only then).
    package static func make(service: ServiceModel, config: EffectiveConfig,
                             now: @escaping @Sendable () -> Date) throws(ConfigError) -> EndpointDiscovery? {
        guard !config.isEndpointURLExplicit else { return nil }
        let model = EndpointDiscoveryModel(service: service)
        if let error = config.endpointDiscoveryConfigError, model.discoveryOperation != nil { throw error }
        return EndpointDiscovery(mode: config.endpointDiscoveryEnabled, model: model, cache: EndpointDiscoveryCache(now: now))
    }

    /// The discovered endpoint a call of `operation` with `params` goes to, `nil` when it goes to
    /// the rule set's endpoint: operations without the `endpointdiscovery` trait, services without
    /// a discovery operation, optional discovery unless the mode is `.enabled`.
    ///
    /// Throws `EndpointDiscoveryError.required` for an operation that requires discovery when the
    /// mode is `.disabled` (botocore's `block_endpoint_discovery_required_operations`).
    package func target(for operation: OperationModel, params: Document) throws(EndpointDiscoveryError) -> EndpointDiscoveryTarget? {
        let use = EndpointDiscoveryModel.use(of: operation)
        // The discovery operation itself is never discovered for (a model marking it so would recurse).
        guard use != .none, let discoveryOperation = model.discoveryOperation, discoveryOperation.name != operation.name else {
            return nil
        }
        switch (mode, use) {
        case (.disabled, .required): throw .required(operation: operation.name)
        case (.disabled, _), (.auto, .optional), (_, .none): return nil
        case (.auto, .required), (.enabled, _): break
        }
        let identifiers = model.identifiers(for: operation, params: params)
        return EndpointDiscoveryTarget(operation: operation.name, isRequired: use == .required,
                                       parameters: model.discoveryParameters(operation: operation.name, identifiers: identifiers))
    }

    /// The endpoint for `target` from the cache, or from `fetch` (a call of the discovery
    /// operation with the given parameters); `nil` for the rule set's endpoint. See
    /// `EndpointDiscoveryCache` for the rules.
    package func endpoint(for target: EndpointDiscoveryTarget,
                          fetch: @escaping @Sendable (Document) async throws -> EndpointDiscoveryCache.Fetched) async throws
        -> DiscoveredEndpoint? {
        try await cache.endpoint(for: target, discoveryOperation: model.discoveryOperation?.name ?? "DescribeEndpoints", fetch: fetch)
    }

    /// Forgets what was discovered for `target`.
    package func evict(_ target: EndpointDiscoveryTarget) async {
        await cache.evict(target.parameters)
    }

    /// Whether a response says the request went to an endpoint that no longer serves it, so
    /// the endpoint is forgotten and the request sent again after a new discovery: status 421 or
    /// the error code `InvalidEndpointException` (botocore's `handle_retries`).
    package static func invalidatesEndpoint(statusCode: Int?, errorCode: String?) -> Bool {
        statusCode == 421 || errorCode == "InvalidEndpointException"
    }
}
