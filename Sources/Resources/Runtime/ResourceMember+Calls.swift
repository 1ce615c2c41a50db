extension ResourceMember {
    /// Calls an action or waiter with `Document` keyword arguments (literals included); a sub-resource
    /// takes its identifiers by name (`s3.bucket(Name: "photos")`), `load`/`reload` and references none.
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, Document>) async throws -> ResourceValue {
        try await call(try Self.parameters(arguments.map { ($0.key, $0.value) }, name: name))
    }

    /// Calls an action or waiter with plain Swift values as keyword arguments.
    @_disfavoredOverload
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, any DocumentConvertible>) async throws -> ResourceValue {
        try await call(try Self.parameters(arguments.map { ($0.key, $0.value.document) }, name: name))
    }

    /// Calls with positional arguments: none for actions, waiters, loads and references; the
    /// identifiers in order for a sub-resource (`try await s3.bucket("photos")`).
    public func dynamicallyCall(withArguments arguments: [any DocumentConvertible]) async throws -> ResourceValue {
        if case .subresource(let i) = try resolve() {
            return .resource(try resource.subresource(resource.meta.resourceModel.subresources[i].name, arguments.map(\.document)))
        }
        guard arguments.isEmpty else {
            throw ResourceError(.invalidIdentifiers, "\(name)() takes keyword arguments only, as boto3's actions do.")
        }
        return try await call(.map([:]))
    }

    private func call(_ params: Document) async throws -> ResourceValue {
        if let transferred = try await ResourceTransfers.call(name, on: resource, params) { return transferred }
        let model = resource.meta.resourceModel
        switch try resolve() {
        case .action(let i):
            return try await resource.perform(model.actions[i], params)
        case .waiter(let i):
            try await resource.wait(model.waiters[i].name, params)
            return .document(.null)
        case .subresource(let i):
            return .resource(try resource.subresource(model.subresources[i], params.dictionary ?? [:]))
        case .reference(let i):
            return try await resource.reference(model.references[i])
        case .load, .reload:
            try await resource.load()
            return .document(resource.meta.data ?? .null)
        case .identifier, .attribute:
            throw ResourceError(.wrongMemberKind, "\(name) of \(model.qualifiedName) is not callable: read it with `try await resource.\(name).value`.")
        case .collection:
            throw ResourceError(.wrongMemberKind, "\(name) of \(model.qualifiedName) is a collection: use .all(), .filter(...), .limit(_:) or .pages().")
        }
    }

    /// A keyword-argument map, rejecting unlabeled arguments as boto3 does.
    static func parameters(_ pairs: [(String, Document)], name: String) throws -> Document {
        var map: [String: Document] = [:]
        for (key, value) in pairs {
            guard !key.isEmpty else {
                throw ResourceError(.invalidIdentifiers, "\(name)() accepts keyword arguments only.")
            }
            map[key] = value
        }
        return .map(map)
    }
}
