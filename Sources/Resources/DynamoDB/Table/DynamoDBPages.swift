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
