extension DynamoDBSet: Encodable where Element: Encodable {
    /// The elements as a list (`DynamoDBEncoder` writes a DynamoDB set instead).
    public func encode(to encoder: any Encoder) throws {
        var list = encoder.unkeyedContainer()
        for element in elements { try list.encode(element) }
    }
}

extension DynamoDBSet: Decodable where Element: Decodable {
    /// The distinct elements of a set or list.
    public init(from decoder: any Decoder) throws {
        var list = try decoder.unkeyedContainer()
        var elements: [Element] = []
        while !list.isAtEnd { elements.append(try list.decode(Element.self)) }
        self.init(elements)
    }
}
