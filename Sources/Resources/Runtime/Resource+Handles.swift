/// The calls generated handles make into the interpreter. Handles are generated from the same models
/// the interpreter reads, so lookups by model name succeed; should a replacement model on the search
/// path lack a member, sub-resources and collections still come back (their requests then fail with
/// the interpreter's error) rather than crash.
extension Resource {
    /// The identifier `name` (model name) as text, for a handle's `let` property.
    func identifierText(_ name: String) -> String {
        switch meta.identifiers[name] {
        case .string(let text)?: return text
        case let value?: return value.isNull ? "" : value.description
        case nil: return ""
        }
    }

    /// The identifier `name` (model name) as an integer, for identifiers the model types `integer`.
    func identifierInteger(_ name: String) -> Int {
        meta.identifiers[name].flatMap { Int(attributeValue: $0) } ?? 0
    }

    /// The attribute `name` (model name) read as `Value`, loading the data on first use; `nil` when the
    /// data lacks it. Throws when the data holds a value of another kind.
    func attribute<Value: ResourceAttributeValue>(_ name: String, as type: Value.Type) async throws -> Value? {
        guard let document = try await attribute(name) else { return nil }
        guard let value = Value(attributeValue: document) else {
            throw ResourceError(.unsupported,
                                "The data of \(description) holds \(name) as \(document), not a \(Value.self); read it untyped with `resource.attribute(\"\(name)\")`.")
        }
        return value
    }

    /// The sub-resource `name` of type `type` with the caller's identifiers in order; no request.
    func handleSubresource(_ name: String, type: String, _ identifiers: [Document]) -> Resource {
        if let made = try? subresource(name, identifiers) { return made }
        return placeholder(type, identifiers: identifiers)
    }

    /// The collection `name` with its resources as handles of type `T`.
    func handleCollection<T: ResourceHandle>(_ name: String, type: String, of handle: T.Type) -> ResourceCollection<T> {
        if let collection = try? collection(name, as: T.self) { return collection }
        let model = ResourceCollectionModel(name: name, swiftName: name, pythonName: name,
                                            request: ResourceRequest(operation: name, params: []),
                                            resource: ResponseResource(type: type, identifiers: [], path: nil))
        return ResourceCollection(parent: self, model: model)
    }

    /// The reference `name` as one handle of type `T`; `nil` when the data lacks it.
    func reference<T: ResourceHandle>(_ name: String, as type: T.Type) async throws -> T? {
        try await reference(name).resource(as: T.self)
    }

    /// The reference `name` as handles of type `T`.
    func references<T: ResourceHandle>(_ name: String, as type: T.Type) async throws -> [T] {
        try await reference(name).resources(as: T.self)
    }

    /// A resource of type `type` with no members, standing in for one the loaded model cannot build.
    private func placeholder(_ type: String, identifiers: [Document]) -> Resource {
        let model = ResourceModel(name: type, serviceName: meta.serviceName, isServiceResource: false, shape: nil,
                                  identifiers: [], load: nil, actions: [], batchActions: [], subresources: [],
                                  references: [], collections: [], waiters: [], attributes: [])
        var values: [String: Document] = [:]
        for (i, value) in identifiers.enumerated() { values["\(i)"] = value }
        return Resource(meta: ResourceMeta(client: meta.client, identifiers: values, resourceModel: model,
                                           serviceResourceModel: meta.serviceResourceModel, state: ResourceState(data: nil)))
    }

    /// A resource with the given facts, unchecked.
    private init(meta: ResourceMeta) {
        self.meta = meta
    }
}
