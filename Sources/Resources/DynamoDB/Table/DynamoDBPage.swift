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
