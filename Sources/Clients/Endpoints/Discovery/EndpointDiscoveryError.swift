/// Endpoint discovery could not give a request an address, as botocore's
/// `EndpointDiscoveryRequired` and `EndpointDiscoveryRefreshFailed`.
///
/// ```swift
/// do { _ = try await timestream.describeDatabase(DatabaseName: "db") }
/// catch let error as EndpointDiscoveryError where error.code == .required { /* turned off in config */ }
/// ```
public struct EndpointDiscoveryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The family of problem.
    public enum Code: Sendable, Hashable {
        /// Discovery is turned off but the operation requires it (botocore's `EndpointDiscoveryRequired`).
        case required
        /// The discovery operation gave no usable endpoint for an operation that requires one
        /// (botocore's `EndpointDiscoveryRefreshFailed`).
        case refreshFailed
        /// The discovery operation answered with something that is not a list of endpoints.
        case invalidResponse
    }

    /// The family of problem.
    public let code: Code
    /// What went wrong and what to do about it.
    public let message: String
    /// The operation whose endpoint was wanted.
    public let operation: String

    /// Creates an error.
    public init(_ code: Code, _ message: String, operation: String) {
        self.code = code
        self.message = message
        self.operation = operation
    }

    /// The message.
    public var description: String { message }

    static func required(operation: String) -> EndpointDiscoveryError {
        EndpointDiscoveryError(.required, "Endpoint Discovery is not enabled but this operation requires it. \(operation) "
            + "can only be sent to an endpoint the service names: remove endpointDiscoveryEnabled: false from the Config, "
            + "AWS_ENDPOINT_DISCOVERY_ENABLED=false from the environment or endpoint_discovery_enabled = false from the profile, "
            + "or pass the client an endpointURL.", operation: operation)
    }

    static func refreshFailed(operation: String, discoveryOperation: String, reason: String) -> EndpointDiscoveryError {
        EndpointDiscoveryError(.refreshFailed, "Endpoint Discovery failed to refresh the required endpoints: \(reason) "
            + "\(operation) cannot be sent without one; check that \(discoveryOperation) is reachable and allowed for "
            + "these credentials, then try again.", operation: operation)
    }

    static func invalidResponse(operation: String, discoveryOperation: String, _ problem: String) -> EndpointDiscoveryError {
        EndpointDiscoveryError(.invalidResponse, "The \(discoveryOperation) response for \(operation) is not usable: \(problem). "
            + "If a custom endpoint URL answers \(discoveryOperation), make it return Endpoints with an Address and a "
            + "CachePeriodInMinutes each.", operation: operation)
    }
}
