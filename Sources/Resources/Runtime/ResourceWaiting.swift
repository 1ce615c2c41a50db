/// Runs a client waiter for a resource waiter.
enum ResourceWaiting {
    /// Waits with the client waiter `waiterName` and `params`.
    static func wait(client: Client, waiterName: String, params: Document) async throws {
        throw ResourceError(.unsupported, "Resource waiters need client waiters ('\(waiterName)'), which this build does not have yet.")
    }
}
