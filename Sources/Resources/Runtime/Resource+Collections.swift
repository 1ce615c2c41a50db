extension Resource {
    /// The collection `name` (model, Swift or Python name) of this resource.
    /// ```swift
    /// for try await queue in try sqs.collection("Queues").filter(QueueNamePrefix: "jobs") { print(queue) }
    /// ```
    public func collection(_ name: String) throws -> ResourceCollection<Resource> {
        try collection(name, as: Resource.self)
    }

    /// The collection `name` with its resources wrapped in handle type `T` (for generated handles).
    public func collection<T: ResourceHandle>(_ name: String, as type: T.Type) throws -> ResourceCollection<T> {
        let model = meta.resourceModel
        guard let collection = model.collection(named: name) else {
            throw ResourceError(.unknownMember, "\(model.qualifiedName) has no collection '\(name)'.",
                                suggestions: ClosestNames.find(name, in: model.collections.map(\.swiftName)))
        }
        return ResourceCollection(parent: self, model: collection)
    }
}
