import Synchronization

/// The loaded data of one resource handle, shared by every copy of it, with a single-flight load:
/// concurrent first reads of an attribute send one request and all wait for its result.
final class ResourceState: Sendable {
    private struct Storage {
        var data: Document?
        /// Bumped by every write, so a load that started before a newer write cannot overwrite it.
        var generation = 0
        var loading: (generation: Int, task: Task<Document, any Error>)?
    }

    private let storage: Mutex<Storage>

    init(data: Document?) {
        storage = Mutex(Storage(data: data))
    }

    /// The data, if loaded or given.
    var data: Document? { storage.withLock { $0.data } }

    /// Replaces the data (a load's result, or `nil` after an action changed the resource).
    func set(_ data: Document?) {
        storage.withLock { state in
            state.generation += 1
            state.data = data
            state.loading = nil
        }
    }

    /// The data, loading it with `load` when absent; concurrent callers share one load.
    func loaded(using load: @escaping @Sendable () async throws -> Document) async throws -> Document {
        enum Step { case ready(Document), wait(Int, Task<Document, any Error>) }
        let step: Step = storage.withLock { state in
            if let data = state.data { return .ready(data) }
            if let loading = state.loading { return .wait(loading.generation, loading.task) }
            let started = start(load, in: &state)
            return .wait(started.generation, started.task)
        }
        switch step {
        case .ready(let data): return data
        case .wait(let generation, let task): return try await finish(task, generation: generation)
        }
    }

    /// Loads again with `load`, whatever is cached (boto3's `load()`/`reload()` always call).
    func reload(using load: @escaping @Sendable () async throws -> Document) async throws -> Document {
        let (generation, task) = storage.withLock { state in start(load, in: &state) }
        return try await finish(task, generation: generation)
    }

    private func start(_ load: @escaping @Sendable () async throws -> Document,
                       in state: inout Storage) -> (generation: Int, task: Task<Document, any Error>) {
        state.generation += 1
        let task = Task { try await load() }
        state.loading = (state.generation, task)
        return (state.generation, task)
    }

    private func finish(_ task: Task<Document, any Error>, generation: Int) async throws -> Document {
        do {
            let data = try await task.value
            storage.withLock { state in
                guard state.generation == generation else { return }
                state.data = data
                state.loading = nil
            }
            return data
        } catch {
            storage.withLock { state in
                if state.loading?.generation == generation { state.loading = nil }
            }
            throw error
        }
    }
}
