/// A collection's resources page by page: one array per response (boto3's `collection.pages()`).
public struct ResourceCollectionPages<T: ResourceHandle>: AsyncSequence, Sendable {
    /// The resources of one page.
    public typealias Element = [T]

    /// The collection paged.
    public let collection: ResourceCollection<T>

    /// Starts iterating; the first request goes out on the first `next()`.
    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(collection: collection) }

    /// Fetches one page per `next()`, stopping once the collection's limit is met.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let collection: ResourceCollection<T>
        var cursor: (any ResourcePageCursor)?
        var requestParams: Document = .map([:])
        var produced = 0
        var finished = false

        init(collection: ResourceCollection<T>) {
            self.collection = collection
        }

        /// The next page of resources, or `nil` after the last page or once the limit is met.
        public mutating func next() async throws -> [T]? {
            if finished { return nil }
            if let limit = collection.itemLimit, produced >= limit {
                finished = true
                return nil
            }
            if cursor == nil { cursor = try await start() }
            guard var active = cursor, let page = try await active.nextPage() else {
                finished = true
                return nil
            }
            cursor = active
            let built = try await ResponseResources.build(collection.model.resource, parent: collection.parent, params: requestParams,
                                                          response: page, operation: collection.model.request.operation)
            var resources = built.resources
            if let limit = collection.itemLimit, produced + resources.count >= limit {
                resources.removeLast(produced + resources.count - limit)
                finished = true
            }
            produced += resources.count
            return resources.map(T.init(resource:))
        }

        private mutating func start() async throws -> any ResourcePageCursor {
            var params = Document.map([:])
            try await RequestParameters.fill(&params, from: collection.model.request.params, of: collection.parent)
            params.deepMerge(collection.params)
            requestParams = params
            return try ResourcePageRequest(client: collection.parent.meta.client, operation: collection.model.request.operation,
                                           params: params, pageSize: collection.requestedPageSize,
                                           maxItems: collection.itemLimit).cursor()
        }
    }
}
