extension ResourceCollection {
    /// Runs the batch action `name` (model, Swift or Python name) of the collection's resource type:
    /// one request per page, its parameters gathered from every resource of the page (`[*]` targets
    /// take each resource's position), then the caller's parameters on top. Returns one value per
    /// request. boto3: `bucket.objects.filter(Prefix="tmp/").delete()`.
    public func batchAction(_ name: String, _ params: Document = [:]) async throws -> [ResourceValue] {
        let resourceModel = try parent.meta.serviceResourceModel.resource(model.resource.type)
        guard let action = resourceModel.batchAction(named: name) else {
            throw ResourceError(.unknownMember, "\(resourceModel.qualifiedName) has no batch action '\(name)'.",
                                suggestions: ClosestNames.find(name, in: resourceModel.batchActions.map(\.swiftName)))
        }
        var results: [ResourceValue] = []
        for try await page in pages() {
            var request = Document.map([:])
            for (index, item) in page.enumerated() {
                try await RequestParameters.fill(&request, from: action.request.params, of: item.resource, index: index)
            }
            if request.dictionary?.isEmpty ?? true { break }
            request = request.updating(with: params)
            let response = try await parent.meta.client.call(action.request.operation, request)
            results.append(try await Resource.result(of: action, parent: parent, params: request, response: response))
        }
        return results
    }

    /// Batch actions by name: `try await bucket.objects.all().batch.delete()`.
    public var batch: ResourceBatchActions<T> { ResourceBatchActions(collection: self) }
}

/// The batch actions of a collection, by dynamic member: `collection.batch.delete(MFA: "...")`.
@dynamicMemberLookup
public struct ResourceBatchActions<T: ResourceHandle>: Sendable {
    let collection: ResourceCollection<T>

    /// The batch action `name`, to be called with keyword arguments.
    public subscript(dynamicMember name: String) -> ResourceBatchActionCall<T> {
        ResourceBatchActionCall(collection: collection, name: name)
    }
}

/// One batch action of a collection, called with keyword arguments.
@dynamicCallable
public struct ResourceBatchActionCall<T: ResourceHandle>: Sendable {
    let collection: ResourceCollection<T>
    /// The batch action's name as written.
    public let name: String

    /// Runs the batch action with `Document` arguments.
    @discardableResult
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, Document>) async throws -> [ResourceValue] {
        try await collection.batchAction(name, try ResourceMember.parameters(arguments.map { ($0.key, $0.value) }, name: name))
    }

    /// Runs the batch action with plain Swift values.
    @discardableResult @_disfavoredOverload
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, any DocumentConvertible>) async throws -> [ResourceValue] {
        try await collection.batchAction(name, try ResourceMember.parameters(arguments.map { ($0.key, $0.value.document) }, name: name))
    }
}
