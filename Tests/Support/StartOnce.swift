/// Starts something once per test process, however many tests ask at the same time: the first
/// caller runs `start`, the others wait for its result; a failure is kept and thrown to everyone
/// after, so every test depending on it fails loudly with the same cause.
package actor StartOnce<Value: Sendable> {
    private var started: Value?
    private var failure: (any Error)?
    private var waiting: [CheckedContinuation<Value, any Error>]?

    /// Creates an unstarted holder.
    package init() {}

    /// The started value, running `start` on first use.
    package func value(starting start: @Sendable () async throws -> Value) async throws -> Value {
        if let started { return started }
        if let failure { throw failure }
        if waiting != nil { return try await withCheckedThrowingContinuation { waiting?.append($0) } }
        waiting = []
        do {
            let result = try await start()
            started = result
            waiting?.forEach { $0.resume(returning: result) }
            waiting = nil
            return result
        } catch {
            failure = error
            waiting?.forEach { $0.resume(throwing: error) }
            waiting = nil
            throw error
        }
    }
}
