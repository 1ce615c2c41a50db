/// Fetches the response pages of a collection's operation, one request per page, on demand.
protocol ResourcePageCursor {
    /// The next page, or `nil` when there are no more.
    mutating func nextPage() async throws -> Document?
}

/// What a collection asks of its operation: the parameters, and boto3's `PageSize` / `MaxItems`.
struct ResourcePageRequest: Sendable {
    let client: Client
    let operation: String
    let params: Document
    let pageSize: Int?
    let maxItems: Int?

    /// A cursor over the operation's pages: through its paginator when it has one, else a single call
    /// (as boto3's collections do).
    func cursor() throws -> any ResourcePageCursor {
        guard client.canPaginate(operation) else { return SingleCallCursor(request: self) }
        var config: [String: Document] = [:]
        if let maxItems { config["MaxItems"] = .int(maxItems) }
        if let pageSize { config["PageSize"] = .int(pageSize) }
        var params = self.params
        if !config.isEmpty { params["PaginationConfig"] = .map(config) }
        return PaginatorCursor(pages: client.paginator(operation).paginate(params).makeAsyncIterator())
    }
}

/// The pages of an operation with a paginator.
struct PaginatorCursor: ResourcePageCursor {
    var pages: PageSequence.Iterator

    mutating func nextPage() async throws -> Document? { try await pages.next() }
}

/// The one page of an operation without a paginator.
struct SingleCallCursor: ResourcePageCursor {
    let request: ResourcePageRequest
    private var done = false

    init(request: ResourcePageRequest) {
        self.request = request
    }

    mutating func nextPage() async throws -> Document? {
        guard !done else { return nil }
        done = true
        return try await request.client.call(request.operation, request.params)
    }
}
