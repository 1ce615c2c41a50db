/// How long the batch writer waits before resending while DynamoDB returns unprocessed writes:
/// exponential backoff with jitter (half fixed, half random), as AWS advises for `BatchWriteItem`.
struct DynamoDBBackoff: Sendable {
    /// The wait before the first resend.
    var base: Duration = .milliseconds(50)
    /// The longest wait.
    var cap: Duration = .seconds(5)
    /// Waits; tests put a recording clock here.
    var sleep: @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }

    /// The wait before a send after `attempt` sends in a row returned unprocessed writes.
    func delay(attempt: Int) -> Duration {
        let doubling = min(max(attempt - 1, 0), 20)
        let ceiling = min(cap, base * (1 << doubling))
        return ceiling / 2 + ceiling / 2 * Double.random(in: 0...1)
    }

    /// Waits the delay of `attempt`.
    func wait(attempt: Int) async throws {
        try await sleep(delay(attempt: attempt))
    }
}
