/// A collection of resources (`bucket.objects`, `sqs.queues`): an `AsyncSequence` of resources over
/// the pages of an operation, paginated when the operation can be (boto3's `ResourceCollection`).
///
/// Collections are immutable values: `filter`, `limit` and `pageSize` return new collections.
/// Nothing is requested until iteration, and iteration stops requesting once the limit is met.
/// ```swift
/// for try await object in bucket.objects.filter(Prefix: "a").pageSize(100).limit(250) { print(object) }
/// for try await page in bucket.objects.pages() { print(page.count) }
/// try await bucket.objects.filter(Prefix: "tmp/").batchAction("Delete")
/// ```
public struct ResourceCollection<T: ResourceHandle>: AsyncSequence, Sendable {
    /// The resources' handle type.
    public typealias Element = T

    /// The resource whose collection this is.
    public let parent: Resource
    /// The collection's model.
    public let model: ResourceCollectionModel
    /// The caller's parameters (filters), merged into the operation's parameters.
    public let params: Document
    /// The most resources to produce, if limited.
    public let itemLimit: Int?
    /// The most resources per request, if set.
    public let requestedPageSize: Int?

    /// The collection `model` of `parent`, unfiltered.
    public init(parent: Resource, model: ResourceCollectionModel) {
        self.init(parent: parent, model: model, params: .map([:]), itemLimit: nil, requestedPageSize: nil)
    }

    private init(parent: Resource, model: ResourceCollectionModel, params: Document, itemLimit: Int?, requestedPageSize: Int?) {
        self.parent = parent
        self.model = model
        self.params = params
        self.itemLimit = itemLimit
        self.requestedPageSize = requestedPageSize
    }

    /// Every resource (the collection itself, as boto3's `all()`).
    public func all() -> Self { self }

    /// The collection with keyword parameters for the operation: `collection.filter(Prefix: "a")`.
    public var filter: ResourceCollectionFilter<T> { ResourceCollectionFilter(collection: self) }

    /// The collection with more parameters for the operation; maps merge and lists append, as boto3's.
    public func filter(_ params: Document) -> Self { merging(params) }

    /// The collection with `params` merged into its parameters.
    func merging(_ params: Document) -> Self {
        var merged = self.params
        merged.deepMerge(params)
        return Self(parent: parent, model: model, params: merged, itemLimit: itemLimit, requestedPageSize: requestedPageSize)
    }

    /// The collection producing at most `count` resources (and requesting no page after the one that
    /// reaches the count). A count of zero or less produces nothing and sends no request.
    public func limit(_ count: Int) -> Self {
        Self(parent: parent, model: model, params: params, itemLimit: count, requestedPageSize: requestedPageSize)
    }

    /// The collection fetching at most `count` resources per request (the paginator's `PageSize`).
    public func pageSize(_ count: Int) -> Self {
        Self(parent: parent, model: model, params: params, itemLimit: itemLimit, requestedPageSize: count)
    }

    /// The resources page by page, one array per response.
    public func pages() -> ResourceCollectionPages<T> { ResourceCollectionPages(collection: self) }

    /// Starts iterating.
    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(pages: pages().makeAsyncIterator()) }

    /// Iterates the resources of each page in turn.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var pages: ResourceCollectionPages<T>.AsyncIterator
        var buffer: [T] = []
        var position = 0

        /// The next resource, fetching the next page when needed.
        public mutating func next() async throws -> T? {
            while position >= buffer.count {
                guard let page = try await pages.next() else { return nil }
                buffer = page
                position = 0
            }
            defer { position += 1 }
            return buffer[position]
        }
    }
}
