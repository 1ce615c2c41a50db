/// Runs numbered jobs a bounded number at a time: the parts of a multipart transfer, the files of
/// a directory.
enum BoundedTasks {
    /// Runs `job(0) ... job(count - 1)`, at most `limit` at once, and returns their results by
    /// number. The first error cancels the jobs still running and is thrown.
    static func run<T: Sendable>(count: Int, limit: Int, _ job: @escaping @Sendable (Int) async throws -> T) async throws -> [T] {
        guard count > 0 else { return [] }
        return try await withThrowingTaskGroup(of: (Int, T).self) { group in
            var results = [T?](repeating: nil, count: count)
            var next = 0
            while next < min(count, max(1, limit)) {
                let index = next
                group.addTask { (index, try await job(index)) }
                next += 1
            }
            while let (index, result) = try await group.next() {
                results[index] = result
                if next < count {
                    let index = next
                    group.addTask { (index, try await job(index)) }
                    next += 1
                }
            }
            return results.compactMap { $0 }
        }
    }
}
