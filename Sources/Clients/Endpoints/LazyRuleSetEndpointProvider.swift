import Synchronization

/// A `RuleSetEndpointProvider` built on the first request instead of with the client: loading and
/// compiling a service's endpoint rule set is most of what creating a client costs, and a client
/// (or a service resource) made but not yet used should not pay for it.
///
/// Single flight: the first caller builds the provider while holding the lock, concurrent callers
/// wait for it, and everyone shares the result. A failure is not kept, so the next request retries
/// and reports the same error.
final class LazyRuleSetEndpointProvider: EndpointProviding {
    private let make: @Sendable () throws -> RuleSetEndpointProvider
    private let built = Mutex<Built?>(nil)

    /// The built provider behind one reference, so each request takes it out of the lock with a
    /// single retain instead of copying every field of the struct.
    private final class Built: Sendable {
        let provider: RuleSetEndpointProvider
        init(_ provider: RuleSetEndpointProvider) { self.provider = provider }
    }

    /// A provider that calls `make` once, on the first endpoint asked for.
    init(_ make: @escaping @Sendable () throws -> RuleSetEndpointProvider) {
        self.make = make
    }

    /// The rule set provider, built now if this is the first use.
    private func builtProvider() throws -> Built {
        try built.withLock { built throws -> Built in
            if let built { return built }
            let provider = Built(try make())
            built = provider
            return provider
        }
    }

    func endpoint(for operation: OperationModel, params: Document) throws -> RequestEndpoint {
        try builtProvider().provider.endpoint(for: operation, params: params, presigning: false, accountID: nil)
    }

    func endpoint(for operation: OperationModel, params: Document, presigning: Bool, accountID: String?) throws -> RequestEndpoint {
        try builtProvider().provider.endpoint(for: operation, params: params, presigning: presigning, accountID: accountID)
    }

    /// Builds the provider if needed to find out.
    var usesAccountID: Bool {
        get throws { try builtProvider().provider.usesAccountID }
    }
}
