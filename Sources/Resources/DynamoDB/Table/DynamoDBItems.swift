/// The items of a `query` or `scan`, decoded as `T`, fetched page by page as iteration needs them
/// (each request starting at the previous page's `LastEvaluatedKey`).
///
/// ```swift
/// for try await user in table.query(User.self, KeyConditionExpression: Key("id").eq("u4")) { }
/// let all = try await Array(table.scan(User.self))        // with an `Array(_: AsyncSequence)` helper
/// try await batch.put(contentsOf: table.scan(User.self))  // copy into a batch writer
/// ```
/// Nothing is sent until iteration starts; each iteration sends its own requests.
public struct DynamoDBItems<T: Decodable & Sendable>: AsyncSequence, Sendable {
    /// The element: one decoded item.
    public typealias Element = T

    let call: DynamoDBActionCall
    let arguments: [(String, DynamoDBArgumentValue)]
    let decoder: DynamoDBDecoder

    /// The same items, one `DynamoDBPage` per request.
    public var pages: DynamoDBPages<T> { DynamoDBPages(call: call, arguments: arguments, decoder: decoder) }

    /// Starts iterating.
    public func makeAsyncIterator() -> Iterator {
        Iterator(pages: pages.makeAsyncIterator())
    }

    /// Iterates the items of each page in turn.
    public struct Iterator: AsyncIteratorProtocol {
        var pages: DynamoDBPages<T>.Iterator
        var items: [T] = []
        var index = 0

        /// The next item, fetching the next page when this one is used up; `nil` after the last.
        public mutating func next() async throws -> T? {
            while index >= items.count {
                guard let page = try await pages.next() else { return nil }
                items = page.items
                index = 0
            }
            defer { index += 1 }
            return items[index]
        }
    }
}

/// The pages of a `query` or `scan`: one per request, until DynamoDB returns no `LastEvaluatedKey`.
public struct DynamoDBPages<T: Decodable & Sendable>: AsyncSequence, Sendable {
    /// The element: one page.
    public typealias Element = DynamoDBPage<T>

    let call: DynamoDBActionCall
    let arguments: [(String, DynamoDBArgumentValue)]
    let decoder: DynamoDBDecoder

    /// Starts iterating.
    public func makeAsyncIterator() -> Iterator {
        Iterator(call: call, arguments: arguments, decoder: decoder)
    }

    /// Sends one request per page.
    public struct Iterator: AsyncIteratorProtocol {
        let call: DynamoDBActionCall
        let arguments: [(String, DynamoDBArgumentValue)]
        let decoder: DynamoDBDecoder
        var startKey: DynamoDBValue?
        var done = false

        init(call: DynamoDBActionCall, arguments: [(String, DynamoDBArgumentValue)], decoder: DynamoDBDecoder) {
            self.call = call
            self.arguments = arguments
            self.decoder = decoder
        }

        /// The next page; `nil` after the last.
        public mutating func next() async throws -> DynamoDBPage<T>? {
            guard !done else { return nil }
            var request = arguments
            if let startKey { request.append(("ExclusiveStartKey", .value(startKey))) }
            let response = try await call.perform(request)
            let items = try (response["Items"]?.array ?? []).map { try decoder.decode(T.self, from: $0) }
            startKey = response["LastEvaluatedKey"].flatMap { $0.isNull ? nil : $0 }
            done = startKey == nil
            return DynamoDBPage(items: items, response: response)
        }
    }
}

/// One page of a `query` or `scan`: its items decoded, and the rest of the response.
public struct DynamoDBPage<T: Decodable & Sendable>: Sendable {
    /// The page's items.
    public let items: [T]
    /// The whole response with plain values (`Count`, `ScannedCount`, `LastEvaluatedKey`,
    /// `ConsumedCapacity`, and `Items` undecoded).
    public let response: DynamoDBValue

    /// Where the next page starts; `nil` on the last page.
    public var lastEvaluatedKey: DynamoDBValue? { response["LastEvaluatedKey"] }

    /// The number of items DynamoDB evaluated for this page (before the filter).
    public var scannedCount: Int? { response["ScannedCount"]?.int }
}
