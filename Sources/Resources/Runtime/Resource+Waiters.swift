extension Resource {
    /// Waits with the waiter `name` (`Exists`, `waitUntilExists` or `wait_until_exists`): the client
    /// waiter the model names, with parameters filled from this resource and the caller's on top.
    public func wait(_ name: String, _ params: Document = [:]) async throws {
        let model = meta.resourceModel
        guard let waiter = model.waiter(named: name) else {
            throw ResourceError(.unknownMember, "\(model.qualifiedName) has no waiter '\(name)'.",
                                suggestions: ClosestNames.find(name, in: model.waiters.map(\.swiftName)))
        }
        let request = try await RequestParameters.build(waiter.params, for: self, input: params)
        try await ResourceWaiting.wait(client: meta.client, waiterName: waiter.waiterName, params: request)
    }
}
