import Synchronization

/// A client's waiter definitions (`waiters-2.json`), loaded on first use and kept for the life of
/// the client; each waiter is compiled once.
final class WaiterCatalog: Sendable {
    private struct Loaded {
        /// Model names, sorted (botocore's `waiter_names` order).
        let names: [String]
        /// Every spelling (`BucketExists`, `bucketExists`, `bucket_exists`) to the model name.
        let index: [String: String]
        let definitions: [String: JSONValue]
    }

    private struct State {
        var loaded: Loaded?
        var loadError: (any Error)?
        var compiled: [String: WaiterConfiguration] = [:]
    }

    private let loader: ModelLoader
    private let service: String
    private let apiVersion: String?
    private let state = Mutex(State())

    init(loader: ModelLoader, service: String, apiVersion: String?) {
        self.loader = loader
        self.service = service
        self.apiVersion = apiVersion
    }

    /// The lowerCamelCase names of the waiters, in botocore's (sorted) order.
    func callableNames() throws -> [String] {
        try load().names.map(NameStyle.lowerCamel)
    }

    /// The waiter for any spelling of its name, or `nil` when there is none.
    func configuration(named name: String) throws -> WaiterConfiguration? {
        let loaded = try load()
        guard let modelName = loaded.index[name], let definition = loaded.definitions[modelName] else { return nil }
        if let cached = state.withLock({ $0.compiled[modelName] }) { return cached }
        let configuration = try WaiterConfiguration(name: modelName, definition: definition)
        state.withLock { $0.compiled[modelName] = configuration }
        return configuration
    }

    private func load() throws -> Loaded {
        let cached = state.withLock { ($0.loaded, $0.loadError) }
        if let loaded = cached.0 { return loaded }
        if let error = cached.1 { throw error }
        do {
            let loaded = try read()
            state.withLock { $0.loaded = loaded }
            return loaded
        } catch {
            state.withLock { $0.loadError = error }
            throw error
        }
    }

    private func read() throws -> Loaded {
        var file: JSONValue?
        do {
            file = try loader.waitersJSON(service, apiVersion: apiVersion)
        } catch {
            // A client built from a model the loader does not hold has no waiters.
            guard error.code == .unknownService || error.code == .unknownAPIVersion else { throw error }
            file = nil
        }
        guard let file else { return Loaded(names: [], index: [:], definitions: [:]) }
        let version = file["version"]
        guard version?.int == 2 else {
            throw WaiterError(.invalidConfig, waiterName: "", reason: "Unsupported waiter version, supported version must be: 2, "
                + "but version of waiter config is: \(version.map { PythonJSON.dumps($0) } ?? "unknown") (\(service) waiters-2.json)")
        }
        var definitions: [String: JSONValue] = [:]
        var index: [String: String] = [:]
        for (name, definition) in file["waiters"]?.object?.pairs ?? [] {
            definitions[name] = definition
            index[name] = name
            index[NameStyle.lowerCamel(name)] = name
            index[NameStyle.snake(name)] = name
        }
        return Loaded(names: definitions.keys.sorted(), index: index, definitions: definitions)
    }
}
