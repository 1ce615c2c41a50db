import Synchronization

/// A client's paginator definitions (`paginators-1.json`), loaded on first use and kept for the
/// life of the client; each operation's entry is compiled once.
final class PaginatorCatalog: Sendable {
    private struct State {
        var definitions: [String: JSONValue]?
        var loadError: ModelLoaderError?
        var compiled: [String: PaginatorConfiguration] = [:]
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

    /// API names of the operations that have a paginator, sorted.
    func operationNames() throws(ModelLoaderError) -> [String] {
        try definitions().keys.sorted()
    }

    /// The compiled configuration for an API operation name, or `nil` when it has no paginator.
    func configuration(for operation: String) throws -> PaginatorConfiguration? {
        if let cached = state.withLock({ $0.compiled[operation] }) { return cached }
        guard let definition = try definitions()[operation] else { return nil }
        let configuration = try PaginatorConfiguration(operationName: operation, definition: definition)
        state.withLock { $0.compiled[operation] = configuration }
        return configuration
    }

    /// The `pagination` object; a service (or model version) without a paginators file has none.
    private func definitions() throws(ModelLoaderError) -> [String: JSONValue] {
        let cached = state.withLock { ($0.definitions, $0.loadError) }
        if let definitions = cached.0 { return definitions }
        if let error = cached.1 { throw error }
        var definitions: [String: JSONValue] = [:]
        do {
            if let file = try loader.paginatorsJSON(service, apiVersion: apiVersion), let pagination = file["pagination"]?.object {
                for (name, value) in pagination.pairs { definitions[name] = value }
            }
        } catch {
            // A client built from a model the loader does not hold has no paginators.
            if error.code != .unknownService && error.code != .unknownAPIVersion {
                state.withLock { $0.loadError = error }
                throw error
            }
        }
        state.withLock { $0.definitions = definitions }
        return definitions
    }
}
