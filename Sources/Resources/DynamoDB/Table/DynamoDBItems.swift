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
