import Foundation

/// Endpoint discovery in the call pipeline, at botocore's three points: before validation (which
/// call needs which discovered endpoint, refusing required ones when discovery is off), before
/// each attempt is signed (where it goes), and after an error response (a 421 or
/// `InvalidEndpointException` forgets the endpoint and sends again).
extension ClientRuntime {
    /// The discovered endpoint a call needs, if any (botocore's `before-parameter-build` handlers).
    /// Throws `EndpointDiscoveryError.required` when discovery is off and the operation requires it.
    func discoveryTarget(for operation: OperationModel, params: Document) throws -> EndpointDiscoveryTarget? {
        try endpointDiscovery?.target(for: operation, params: params)
    }

    /// Points one attempt at its discovered endpoint, calling the discovery operation through
    /// this client when the cache has no fresh entry (botocore's `request-created` handler, which
    /// runs before signing, so the signature covers the new host; the signing name and region
    /// stay the rule set's, as botocore's).
    func useDiscoveredEndpoint(_ request: inout HTTPRequest, _ prepared: PreparedRequest) async throws {
        guard let discovery = endpointDiscovery, let target = prepared.discoveryTarget,
              let endpoint = try await discovery.endpoint(for: target, fetch: { [self] parameters in
                  try await describeEndpoints(parameters, discovery: discovery)
              }) else { return }
        guard let url = endpoint.url else {
            throw EndpointDiscoveryError.invalidResponse(operation: target.operation,
                                                         discoveryOperation: discovery.model.discoveryOperation?.name ?? "DescribeEndpoints",
                                                         "its address \(endpoint.address) is not a host name or URL")
        }
        request.url = url
    }

    /// After an error response the retry strategy does not retry: whether it says the discovered
    /// endpoint is gone (status 421, `InvalidEndpointException`), in which case the endpoint is
    /// forgotten and the caller sends again at once (botocore's `needs-retry` handler). Unlike
    /// botocore, which would loop for as long as the service answers so, this stops at the
    /// client's maximum attempts.
    func rediscovers(after attempt: RetryAttempt, _ target: EndpointDiscoveryTarget?) async -> Bool {
        guard let discovery = endpointDiscovery, let target,
              EndpointDiscovery.invalidatesEndpoint(statusCode: attempt.statusCode, errorCode: attempt.errorCode),
              attempt.number < retryStrategy.maxAttempts else { return false }
        await discovery.evict(target)
        return true
    }

    /// Calls the discovery operation; a transport failure (after this client's retries) is an
    /// unreachable service, which the cache remembers for a minute; other errors are thrown.
    private func describeEndpoints(_ parameters: Document, discovery: EndpointDiscovery) async throws -> EndpointDiscoveryCache.Fetched {
        guard let operation = discovery.model.discoveryOperation else { return .response(["Endpoints": []]) }
        do {
            return .response(try await perform(operation: operation, params: parameters))
        } catch let error as HTTPTransportError {
            return .unreachable(error)
        }
    }
}
