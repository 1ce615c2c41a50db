import Foundation
import Synchronization

/// Finds, reads and caches service models, paginators, waiters, endpoint rule sets, partitions and
/// resource models, from botocore-layout folders on a search path.
///
/// The default search path is every folder in `AWS_DATA_PATH` (separated by `:`, as botocore reads
/// it), then the models built into the program (every service of the pinned botocore release); the
/// first place holding a file wins, and the latest API version is the greatest version across all
/// of them. Files may be plain `.json` or gzip-compressed `.json.gz`, and `<type>.sdk-extras.json`
/// files are merged in as botocore merges them. Everything is loaded on first use and cached for
/// the life of the loader, so loading the same service twice returns the same `ServiceModel`; a
/// model is indexed when loaded and its operations and shapes are parsed as they are used.
/// ```swift
/// let s3 = try ModelLoader.shared.serviceModel("s3")
/// s3.metadata.apiVersion                                   // "2006-03-01"
/// let custom = ModelLoader(searchPaths: [URL(fileURLWithPath: "/opt/models")])
/// ```
public final class ModelLoader: Sendable {
    /// The process-wide loader, reading the process environment once.
    public static let shared = ModelLoader()

    /// The folders on disk searched for service models and data files, in order (the built-in
    /// models, when searched, come after them: see `searchLocations`).
    public var searchPaths: [URL] { models.folderURLs }
    /// The folders on disk searched for `resources-1` models, in order.
    public var resourceSearchPaths: [URL] { resources.folderURLs }
    /// Every place searched for service models, in order, as error messages name them: folder
    /// paths, and a label for the models built into the program.
    public var searchLocations: [String] { models.paths }
    /// Whether the models built into the program are searched (after the folders).
    public var includesBundledModels: Bool { models.includesBundled }

    private let models: ModelFolders
    private let resources: ModelFolders
    private let cache = Mutex(Cache())

    private struct Cache: Sendable {
        var serviceModels: [String: ServiceModel] = [:]
        var versions: [String: [String]] = [:]
        var files: [String: CachedFile] = [:]
        var services: [String]?
        var resourceServices: [String]?
        var derived: [String: Result<any Sendable, any Error>] = [:]
    }

    /// A loaded file, or the knowledge that there is none.
    private struct CachedFile: Sendable {
        let value: JSONValue?
    }

    /// Creates a loader.
    ///
    /// - Parameters:
    ///   - searchPaths: folders holding botocore-layout models; by default `AWS_DATA_PATH`'s folders.
    ///   - resourceSearchPaths: folders holding boto3-layout `resources-1` models; by default
    ///     `searchPaths` when given (else `AWS_DATA_PATH`'s folders). The built-in resource models
    ///     are searched after them unless `includeBundledModels` is `false`.
    ///   - includeBundledModels: whether the models built into the program are searched after the
    ///     folders; by default yes, unless `searchPaths` is given (a loader of exactly those folders).
    ///   - environment: where `AWS_DATA_PATH` is read from; tests pass their own.
    public init(searchPaths: [URL]? = nil, resourceSearchPaths: [URL]? = nil, includeBundledModels: Bool? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        let dataPath = Self.dataPathFolders(environment: environment)
        let bundledModels = includeBundledModels ?? (searchPaths == nil)
        let bundledResources = includeBundledModels ?? true
        let modelFolders: [ModelFolders.Root] = (searchPaths ?? dataPath).map { .folder($0) }
        let resourceFolders: [ModelFolders.Root] = (resourceSearchPaths ?? searchPaths ?? dataPath).map { .folder($0) }
        models = ModelFolders(roots: modelFolders + (bundledModels ? [.bundled(BundledModelArchive.models)] : []))
        resources = ModelFolders(roots: resourceFolders + (bundledResources ? [.bundled(BundledModelArchive.resources)] : []))
    }

    // MARK: Service models

    /// The service model of `name` (`s3`, `sqs`, ...) in `apiVersion`, else its latest version.
    ///
    /// The model's `serviceName` is `name`. Throws `ModelLoaderError` when the service or version
    /// is unknown (with the closest names) or a file is corrupt, `ModelError` when the model is invalid.
    public func serviceModel(_ name: String, apiVersion: String? = nil) throws -> ServiceModel {
        let requestKey = name + "/" + (apiVersion ?? "")
        if let cached = cache.withLock({ $0.serviceModels[requestKey] }) { return cached }
        let version = try resolveVersion(name, apiVersion: apiVersion)
        let versionKey = name + "/" + version
        if let cached = cache.withLock({ $0.serviceModels[versionKey] }) {
            cache.withLock { $0.serviceModels[requestKey] = cached }
            return cached
        }
        let model = try loadServiceModel(name, version: version)
        return cache.withLock { cache in
            let winner = cache.serviceModels[versionKey] ?? model
            cache.serviceModels[versionKey] = winner
            cache.serviceModels[requestKey] = winner
            return winner
        }
    }

    /// The API versions of `service` that have a service model, oldest first.
    public func apiVersions(_ service: String) throws(ModelLoaderError) -> [String] {
        let versions = versions(service, type: "service-2", in: models, kind: "model")
        if versions.isEmpty { throw unknownService(service, type: "service-2", known: availableServices, folders: models) }
        return versions
    }

    /// Every service with a service model on the search path, sorted.
    public var availableServices: [String] {
        if let cached = cache.withLock({ $0.services }) { return cached }
        let services = models.services(type: "service-2")
        cache.withLock { $0.services = services }
        return services
    }

    // MARK: Other per-service files

    /// The paginator configurations (`paginators-1`) of a service, or `nil` when it has none.
    public func paginators(_ service: String, apiVersion: String? = nil) throws(ModelLoaderError) -> Document? {
        try paginatorsJSON(service, apiVersion: apiVersion)?.document
    }

    /// The waiter configurations (`waiters-2`) of a service, or `nil` when it has none.
    public func waiters(_ service: String, apiVersion: String? = nil) throws(ModelLoaderError) -> Document? {
        try waitersJSON(service, apiVersion: apiVersion)?.document
    }

    /// The endpoint rule set (`endpoint-rule-set-1`) of a service, or `nil` when it has none.
    public func endpointRuleSet(_ service: String, apiVersion: String? = nil) throws(ModelLoaderError) -> Document? {
        try endpointRuleSetJSON(service, apiVersion: apiVersion)?.document
    }

    /// `paginators-1` as ordered JSON, from the same API version as the service model.
    package func paginatorsJSON(_ service: String, apiVersion: String? = nil) throws(ModelLoaderError) -> JSONValue? {
        try serviceFile(service, type: "paginators-1", apiVersion: apiVersion)
    }

    /// `waiters-2` as ordered JSON, from the same API version as the service model.
    package func waitersJSON(_ service: String, apiVersion: String? = nil) throws(ModelLoaderError) -> JSONValue? {
        try serviceFile(service, type: "waiters-2", apiVersion: apiVersion)
    }

    /// `endpoint-rule-set-1` as ordered JSON, from the same API version as the service model.
    package func endpointRuleSetJSON(_ service: String, apiVersion: String? = nil) throws(ModelLoaderError) -> JSONValue? {
        try serviceFile(service, type: "endpoint-rule-set-1", apiVersion: apiVersion)
    }

    /// Any `<type>` file of a service, from the API version of its service model (the latest when
    /// `apiVersion` is `nil`); `nil` when that version has no such file.
    package func serviceFile(_ service: String, type: String, apiVersion: String? = nil) throws(ModelLoaderError) -> JSONValue? {
        let version = try resolveVersion(service, apiVersion: apiVersion)
        return try loadFile("\(service)/\(version)/\(type)", in: models, kind: "model")
    }

    // MARK: Data files

    /// The partitions data (`partitions.json`) used by endpoint rule sets.
    public func partitions() throws(ModelLoaderError) -> Document { try partitionsJSON().document }

    /// `partitions.json` as ordered JSON.
    package func partitionsJSON() throws(ModelLoaderError) -> JSONValue { try loadDataJSON("partitions") }

    /// A data file by path relative to a search folder, without extension (`_retry`,
    /// `sdk-default-configuration`, `s3/2006-03-01/paginators-1`), as botocore's `load_data`.
    public func loadData(_ name: String) throws(ModelLoaderError) -> Document { try loadDataJSON(name).document }

    /// `loadData` as ordered JSON.
    package func loadDataJSON(_ name: String) throws(ModelLoaderError) -> JSONValue {
        var stem = name
        for ext in ModelFolders.extensions.reversed() where stem.hasSuffix(ext) {
            stem.removeLast(ext.count)
            break
        }
        guard let value = try loadFile(stem, in: models, kind: "data", extras: false) else {
            throw ModelLoaderError(.dataNotFound, "no data file '\(stem).json' or '\(stem).json.gz' in: "
                + models.paths.joined(separator: ", "), searchedPaths: models.paths)
        }
        return value
    }

    /// The bytes of a data file (`endpoints`), inflated but not parsed, for readers that index
    /// rather than parse a large file; not cached here.
    package func loadDataBytes(_ name: String) throws(ModelLoaderError) -> [UInt8] {
        guard let location = models.find(name) else {
            throw ModelLoaderError(.dataNotFound, "no data file '\(name).json' or '\(name).json.gz' in: "
                + models.paths.joined(separator: ", "), searchedPaths: models.paths)
        }
        return try ModelFile.contents(location)
    }

    /// A value derived from this loader's files, made once per loader (the indexed
    /// `endpoints.json`, say): `make` runs on first use, and its result (or its failure) is kept.
    package func derived<Value: Sendable>(_ key: String, _ make: () throws -> Value) throws -> Value {
        if let cached = cache.withLock({ $0.derived[key] }) { return try (cached.get() as? Value).orThrow(key) }
        let made = Result<any Sendable, any Error> { try make() }
        let kept = cache.withLock { cache in
            if let existing = cache.derived[key] { return existing }
            cache.derived[key] = made
            return made
        }
        return try (kept.get() as? Value).orThrow(key)
    }

    // MARK: Resource models

    /// The boto3 resource model (`resources-1`) of a service in `apiVersion`, else its latest version.
    public func resourceModel(_ service: String, apiVersion: String? = nil) throws(ModelLoaderError) -> Document {
        try resourceModelJSON(service, apiVersion: apiVersion).document
    }

    /// `resources-1` as ordered JSON.
    package func resourceModelJSON(_ service: String, apiVersion: String? = nil) throws(ModelLoaderError) -> JSONValue {
        let versions = versions(service, type: "resources-1", in: resources, kind: "resource")
        guard let latest = versions.last else {
            throw unknownService(service, type: "resources-1", known: availableResourceServices, folders: resources)
        }
        let version = apiVersion ?? latest
        guard versions.contains(version) else { throw unknownVersion(service, version, versions, folders: resources) }
        let stem = "\(service)/\(version)/resources-1"
        guard let value = try loadFile(stem, in: resources, kind: "resource") else {
            throw ModelLoaderError(.dataNotFound, "no \(stem).json in \(resources.paths.joined(separator: ", "))",
                                   searchedPaths: resources.paths)
        }
        return value
    }

    /// The API versions of `service` that have a resource model, oldest first.
    public func resourceAPIVersions(_ service: String) throws(ModelLoaderError) -> [String] {
        let versions = versions(service, type: "resources-1", in: resources, kind: "resource")
        if versions.isEmpty { throw unknownService(service, type: "resources-1", known: availableResourceServices, folders: resources) }
        return versions
    }

    /// Every service with a resource model on the resource search path, sorted.
    public var availableResourceServices: [String] {
        if let cached = cache.withLock({ $0.resourceServices }) { return cached }
        let services = resources.services(type: "resources-1")
        cache.withLock { $0.resourceServices = services }
        return services
    }

    // MARK: Internals

    /// Where `service-2` of `service` in `version` is found.
    func modelLocation(_ service: String, version: String) -> ModelFolders.Location? {
        models.find("\(service)/\(version)/service-2")
    }

    private func resolveVersion(_ service: String, apiVersion: String?) throws(ModelLoaderError) -> String {
        let versions = versions(service, type: "service-2", in: models, kind: "model")
        guard let latest = versions.last else {
            throw unknownService(service, type: "service-2", known: availableServices, folders: models)
        }
        guard let apiVersion else { return latest }
        guard versions.contains(apiVersion) else { throw unknownVersion(service, apiVersion, versions, folders: models) }
        return apiVersion
    }

    private func versions(_ service: String, type: String, in folders: ModelFolders, kind: String) -> [String] {
        let key = "\(kind)/\(service)/\(type)"
        if let cached = cache.withLock({ $0.versions[key] }) { return cached }
        let versions = folders.versions(of: service, type: type)
        cache.withLock { $0.versions[key] = versions }
        return versions
    }

    /// The parsed file `<stem>.json[.gz]` (first found along `folders`) with its sdk extras merged
    /// in, cached; `nil` when no folder has it.
    private func loadFile(_ stem: String, in folders: ModelFolders, kind: String, extras: Bool = true) throws(ModelLoaderError) -> JSONValue? {
        let key = kind + ":" + stem
        if let cached = cache.withLock({ $0.files[key] }) { return cached.value }
        guard let location = folders.find(stem) else {
            cache.withLock { $0.files[key] = CachedFile(value: nil) }
            return nil
        }
        var value = try ModelFile.read(location)
        if extras, case .object(var object) = value,
           let extrasURL = folders.find(stem + ".sdk-extras"),
           case .object(let merge)? = try ModelFile.read(extrasURL)["merge"] {
            ModelFile.merge(merge, into: &object)
            value = .object(object)
        }
        let loaded = value
        return cache.withLock { cache in
            if let existing = cache.files[key]?.value { return existing }
            cache.files[key] = CachedFile(value: loaded)
            return loaded
        }
    }

    /// Reads and indexes `service-2` of `name` in `version`. The text is indexed without being
    /// parsed, unless an sdk-extras file must be merged into it (only `AWS_DATA_PATH` folders can
    /// hold one: the built-in models have theirs merged already).
    private func loadServiceModel(_ name: String, version: String) throws -> ServiceModel {
        let stem = "\(name)/\(version)/service-2"
        guard let location = models.find(stem) else {
            throw ModelLoaderError(.dataNotFound, "the service model \(stem) disappeared while loading; look in "
                + models.paths.joined(separator: ", "), searchedPaths: models.paths)
        }
        do {
            if models.find(stem + ".sdk-extras") != nil {
                guard case .object(let definition)? = try loadFile(stem, in: models, kind: "model") else {
                    throw ModelLoaderError(.corruptFile, "the service model \(location.path) is not a JSON object; "
                        + "restore the file or remove its folder from AWS_DATA_PATH", searchedPaths: models.paths, file: location.path)
                }
                return try ServiceModel(definition: definition, serviceName: name)
            }
            return try ServiceModel(bytes: ModelFile.contents(location), serviceName: name)
        } catch let error as ModelError {
            throw ModelError(error.code, "\(location.path): \(error.message)", path: error.path)
        } catch let error as JSONParseError {
            throw ModelFile.corrupt(location, "is not valid JSON (\(error))")
        }
    }
}

private extension Optional {
    /// The value, or an error saying a derived value was kept under `key` with another type.
    func orThrow(_ key: String) throws -> Wrapped {
        guard let self else { throw ModelLoaderError(.corruptFile, "the value derived as '\(key)' has another type") }
        return self
    }
}
