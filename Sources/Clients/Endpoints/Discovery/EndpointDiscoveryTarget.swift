/// The discovered endpoint one call needs: what to ask the discovery operation, which is also
/// the key its answer is cached under (botocore's `Operation` and `Identifiers` kwargs).
package struct EndpointDiscoveryTarget: Sendable, Hashable {
    /// The operation called (`WriteRecords`).
    package let operation: String
    /// Whether the operation's model requires discovery: without an endpoint it fails rather
    /// than going to the rule set's endpoint.
    package let isRequired: Bool
    /// The discovery operation's parameters, and the cache key: empty for operations without
    /// `endpointdiscoveryid` members (so all of them share one entry, as in botocore).
    package let parameters: Document

    package init(operation: String, isRequired: Bool, parameters: Document) {
        self.operation = operation
        self.isRequired = isRequired
        self.parameters = parameters
    }
}
