import Foundation
import Synchronization

/// Runs the files of a directory transfer, `limit` at a time, collecting what was transferred
/// and what failed under a failure policy.
struct DirectoryTransfer: Sendable {
    struct Job: Sendable {
        let key: String
        let path: String
        let size: Int64
        let run: @Sendable () async throws -> Int64
    }

    let limit: Int
    let policy: DirectoryFailurePolicy

    func run(_ jobs: [Job], skipped: [DirectoryTransferResult.Skipped]) async throws -> DirectoryTransferResult {
        var result = DirectoryTransferResult()
        result.skipped = skipped
        // Children return only their index; outcomes go through a lock. (A task group of tuples
        // holding the job and a `Result` crashed when built with optimizations.)
        let outcomes = Outcomes()
        let started = await withTaskGroup(of: Int.self) { group in
            var next = 0
            var stopped = false
            func start() {
                let index = next
                let job = jobs[index]
                next += 1
                group.addTask {
                    let outcome: Result<Int64, any Error>
                    do { outcome = .success(try await job.run()) } catch { outcome = .failure(error) }
                    outcomes.byIndex.withLock { $0[index] = outcome }
                    return index
                }
            }
            while next < min(jobs.count, max(1, limit)) { start() }
            while let index = await group.next() {
                let job = jobs[index]
                switch outcomes.byIndex.withLock({ $0.removeValue(forKey: index) }) {
                case .success(let size)?:
                    result.transferred.append(.init(key: job.key, path: job.path, size: size))
                case .failure(let error)?:
                    result.failed.append(.init(key: job.key, path: job.path, error: error))
                    if policy == .stop { stopped = true }
                case nil:
                    break
                }
                if !stopped, next < jobs.count { start() }
            }
            return next
        }
        result.notAttempted = jobs.count - started
        if policy == .stop, !result.failed.isEmpty { throw DirectoryTransferError(result: result) }
        return result
    }

    /// Each finished job's outcome by index, shared with the child tasks.
    private final class Outcomes: Sendable {
        let byIndex = Mutex<[Int: Result<Int64, any Error>]>([:])
    }
}
