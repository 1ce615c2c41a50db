extension Resource {
    /// Whether this resource can load its data (a model `load`, or one boto3 injects).
    public var canLoad: Bool { meta.resourceModel.load != nil }

    /// Loads the data through the model's load request, replacing any data held (boto3's `load()`).
    /// Throws `ResourceError` (`.cannotLoad`) when the resource type has no load.
    public func load() async throws {
        let load = try loadFunction()
        _ = try await meta.state.reload(using: load)
    }

    /// Loads the data again (the same as `load()`, as in boto3).
    public func reload() async throws { try await load() }

    /// The data: held data, else loaded once (concurrent callers share the request).
    public func loadedData() async throws -> Document {
        if let data = meta.state.data { return data }
        return try await meta.state.loaded(using: try loadFunction())
    }

    /// The attribute `name` (model, Swift or Python name) from the data, loading it on first use;
    /// `nil` when the data lacks it. An attribute mirroring an identifier is read without loading.
    public func attribute(_ name: String) async throws -> Document? {
        let model = meta.resourceModel
        guard let attribute = model.attribute(named: name) else {
            throw ResourceError(.unknownMember, "\(model.qualifiedName) has no attribute '\(name)'.",
                                suggestions: ClosestNames.find(name, in: model.attributes.map(\.swiftName)))
        }
        if let alias = attribute.identifierAlias { return meta.identifiers[alias] }
        let value = try await loadedData()[attribute.name]
        return value?.isNull == true ? nil : value
    }

    /// The result of `path` on the data, loading it when absent (boto3's `get_data_member`).
    func dataMember(_ path: JMESPathExpression?) async throws -> Document {
        let data = try await loadedData()
        guard let path else { return data }
        return try path.search(data)
    }

    /// An identifier's value, else (as boto3's `getattr`) an attribute's.
    func identifierOrAttribute(_ name: String) async throws -> Document {
        if let value = identifier(name) { return value }
        if meta.resourceModel.attribute(named: name) != nil { return try await attribute(name) ?? .null }
        throw ResourceError(.unknownMember, "\(meta.resourceModel.qualifiedName) has no identifier '\(name)', which its model uses as a parameter source.")
    }

    /// The load of this resource type as a closure, or the error explaining how to get data.
    private func loadFunction() throws -> @Sendable () async throws -> Document {
        guard let load = meta.resourceModel.load else { throw cannotLoadError() }
        let resource = self
        return { try await ResourceLoader.load(load, for: resource) }
    }

    /// boto3's `ResourceLoadException`, saying where instances with data come from.
    func cannotLoadError() -> ResourceError {
        let model = meta.resourceModel
        let sources = ResourceLoader.sources(of: model.name, in: meta.serviceResourceModel)
        let hint = sources.isEmpty ? "" : " Resources that carry data come from: \(sources.joined(separator: ", "))."
        return ResourceError(.cannotLoad,
                             "\(description) has no load method and holds no data: its attributes come only with the data a collection or an action returns.\(hint)")
    }
}
