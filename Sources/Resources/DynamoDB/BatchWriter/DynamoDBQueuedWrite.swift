/// A write request with its wire form (what `BatchWriteItem` sends), made once when it is queued.
struct DynamoDBQueuedWrite: Sendable {
    let request: DynamoDBWriteRequest
    let wire: Document

    /// `request`, serialized.
    init(_ request: DynamoDBWriteRequest) throws {
        self.request = request
        let serializer = DynamoDBTypeSerializer()
        switch request {
        case .put(let item): wire = .map(["PutRequest": .map(["Item": try serializer.serializeItem(item)])])
        case .delete(let key): wire = .map(["DeleteRequest": .map(["Key": try serializer.serializeItem(key)])])
        }
    }

    /// A write `BatchWriteItem` returned unprocessed, resent as it came.
    init(unprocessed wire: Document) throws {
        let deserializer = DynamoDBTypeDeserializer()
        if let item = wire["PutRequest"]?["Item"]?.dictionary {
            request = .put(item: try deserializer.deserializeItem(item))
        } else if let key = wire["DeleteRequest"]?["Key"]?.dictionary {
            request = .delete(key: try deserializer.deserializeItem(key))
        } else {
            throw DynamoDBTypeError(.invalidAttributeValue, "BatchWriteItem returned an unprocessed write that is neither a PutRequest nor a DeleteRequest: \(wire).")
        }
        self.wire = wire
    }
}
