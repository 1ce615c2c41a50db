extension Resource {
    /// The sub-resource `name` (model, Swift or Python name) with the caller's identifiers in order;
    /// no request is sent (boto3: `bucket.Object("key")`, `s3.Bucket("name")`).
    /// ```swift
    /// let object = try bucket.subresource("Object", "a.txt")
    /// ```
    public func subresource(_ name: String, _ identifiers: any DocumentConvertible...) throws -> Resource {
        try subresource(name, identifiers.map(\.document))
    }

    /// The sub-resource `name` with the caller's identifiers in order.
    public func subresource(_ name: String, _ identifiers: [Document]) throws -> Resource {
        let relation = try relation(named: name, kind: .subresource)
        let inputs = relation.inputIdentifiers
        guard identifiers.count == inputs.count else {
            throw ResourceError(.invalidIdentifiers,
                                "\(meta.resourceModel.qualifiedName).\(relation.swiftName) takes \(inputs.count) identifier(s) (\(inputs.joined(separator: ", "))), not \(identifiers.count).")
        }
        return try subresource(relation, Dictionary(zip(inputs, identifiers), uniquingKeysWith: { _, last in last }))
    }

    /// The sub-resource of `relation` with the caller's identifiers by name.
    public func subresource(_ relation: ResourceRelation, _ identifiers: [String: Document]) throws -> Resource {
        var values = identifiers
        for identifier in relation.resource.identifiers {
            switch identifier.source {
            case .identifier:
                guard let value = identifier.name.flatMap(self.identifier) else {
                    throw ResourceError(.unsupported, "\(meta.resourceModel.qualifiedName) has no identifier '\(identifier.name ?? "")' for \(relation.name).")
                }
                values[identifier.target.text] = value
            case .string, .integer, .boolean:
                values[identifier.target.text] = identifier.value ?? .null
            case .input:
                continue
            case .data, .response, .requestParameter:
                throw ResourceError(.unsupported, "\(relation.name) is a reference: read it with reference(\"\(relation.name)\").")
            }
        }
        return try make(relation.resource.type, identifiers: values, data: nil)
    }

    /// The reference `name` (model, Swift or Python name): the related resource(s) built from this
    /// resource's data, loading it when needed; `nil` (`.document(.null)`) when the data lacks it.
    /// ```swift
    /// let vpc = try await instance.reference("Vpc").resource
    /// ```
    public func reference(_ name: String) async throws -> ResourceValue {
        try await reference(try relation(named: name, kind: .reference))
    }

    /// The reference of `relation`.
    public func reference(_ relation: ResourceRelation) async throws -> ResourceValue {
        let needsData = relation.resource.identifiers.contains { $0.source == .data }
        if needsData, meta.state.data == nil, canLoad { _ = try await loadedData() }
        return try await ResponseResources.build(relation.resource, parent: self, params: [:],
                                                 response: meta.state.data ?? .null, operation: nil)
    }

    private func relation(named name: String, kind: ResourceRelation.Kind) throws -> ResourceRelation {
        let model = meta.resourceModel
        guard let relation = model.relation(named: name) else {
            let candidates = (kind == .subresource ? model.subresources : model.references).map(\.swiftName)
            throw ResourceError(.unknownMember, "\(model.qualifiedName) has no \(kind.rawValue) '\(name)'.",
                                suggestions: ClosestNames.find(name, in: candidates))
        }
        guard relation.kind == kind else {
            let how = relation.kind == .reference ? "reference(\"\(relation.name)\")" : "subresource(\"\(relation.name)\", ...)"
            throw ResourceError(.wrongMemberKind, "\(relation.name) of \(model.qualifiedName) is a \(relation.kind.rawValue): use \(how).")
        }
        return relation
    }
}
