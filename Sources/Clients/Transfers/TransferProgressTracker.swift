import Synchronization

/// Counts one transfer's completed bytes and reports each step to its callback, in order.
///
/// Steps are reported under the lock, so callbacks never overlap and totals never go backwards;
/// a step that would pass the total (a part re-sent, a size that changed) is clamped to it.
final class TransferProgressTracker: Sendable {
    private let bucket: String
    private let key: String
    private let callback: TransferCallback?
    private let state: Mutex<(done: Int64, total: Int64?)>

    init(bucket: String, key: String, total: Int64?, callback: TransferCallback?) {
        self.bucket = bucket
        self.key = key
        self.callback = callback
        state = Mutex((0, total))
    }

    /// Bytes completed so far.
    var transferred: Int64 { state.withLock { $0.done } }

    /// Sets the total once it is known (a stream upload's end).
    func setTotal(_ total: Int64) {
        state.withLock { $0.total = max(total, $0.done) }
    }

    /// Adds `bytes` completed bytes and reports the step (nothing for zero bytes).
    func add(_ bytes: Int64) {
        guard bytes > 0 else { return }
        state.withLock { state in
            var step = bytes
            if let total = state.total { step = min(step, total - state.done) }
            guard step > 0 else { return }
            state.done += step
            callback?(TransferProgress(bucket: bucket, key: key, bytes: step, transferredBytes: state.done, totalBytes: state.total))
        }
    }

    /// Reports one step of zero bytes when the transfer was empty, so a progress bar (or a
    /// `TransferProgressStream`) sees its end.
    func reportEmptyCompletion() {
        state.withLock { state in
            guard state.done == 0, state.total == 0 else { return }
            callback?(TransferProgress(bucket: bucket, key: key, bytes: 0, transferredBytes: 0, totalBytes: 0))
        }
    }
}
