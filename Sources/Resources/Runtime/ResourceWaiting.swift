/// Runs a client waiter for a resource waiter.
enum ResourceWaiting {
    /// Waits with the client waiter `waiterName` and `params` (which may hold `WaiterConfig`);
    /// throws `WaiterError` when the waiter fails or gives up.
    static func wait(client: Client, waiterName: String, params: Document) async throws {
        _ = try await client.waiter(waiterName).wait(params)
    }
}
