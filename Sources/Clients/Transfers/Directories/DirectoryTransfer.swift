import Foundation

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
        await withTaskGroup(of: (Job, Result<Int64, any Error>).self) { group in
            var next = 0
            var stopped = false
            func start() {
                let job = jobs[next]
                next += 1
                group.addTask {
                    do { return (job, .success(try await job.run())) } catch { return (job, .failure(error)) }
                }
            }
            while next < min(jobs.count, max(1, limit)) { start() }
            while let (job, outcome) = await group.next() {
                switch outcome {
                case .success(let size):
                    result.transferred.append(.init(key: job.key, path: job.path, size: size))
                case .failure(let error):
                    result.failed.append(.init(key: job.key, path: job.path, error: error))
                    if policy == .stop { stopped = true }
                }
                if !stopped, next < jobs.count { start() }
            }
            result.notAttempted = jobs.count - next
        }
        if policy == .stop, !result.failed.isEmpty { throw DirectoryTransferError(result: result) }
        return result
    }
}
