import AWSResources
import Foundation

/// The DynamoDB resource layer beside boto3's (scripts/bench_dynamodb_boto3.py, same items, same
/// canned responses; scripts/bench-dynamodb runs both): 10,000 items through the batch writer
/// (400 `BatchWriteItem` calls), a `Query` returning a 1,000-item page (through the `Table`, and
/// through the low-level client with no conversion, to show what parsing alone costs), and the
/// conversion of such a page from the wire form alone. Figures are CPU per item.
enum DynamoDBBenchmarks {
    struct Sizes {
        var items = 10_000
        var pageItems = 1_000
        var queries = 10
        var rounds = 5
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The benchmark's item `index`, as bench_dynamodb_boto3.py's `item(index)`.
    static func item(_ index: Int, price: DynamoDBNumber) -> [String: any DynamoDBValueConvertible] {
        ["pk": "user#\(index % 100)", "sk": index, "name": "Item \(index)", "price": price, "tags": DynamoDBSet(["blue", "new"]),
         "active": index % 2 == 0, "payload": ["x": 1, "y": [1, 2, 3]]]
    }

    static func run(_ sizes: Sizes) async throws -> [RoundFigures] {
        let price = try DynamoDBNumber("19.99")
        let serializer = DynamoDBTypeSerializer()
        let wireItems = try (0..<sizes.pageItems).map { try serializer.serialize(item($0, price: price)) }
        let page: Document = ["Items": .list(wireItems.map { $0["M"] ?? [:] }), "Count": .int(sizes.pageItems),
                              "ScannedCount": .int(sizes.pageItems)]
        let transport = DynamoDBCannedTransport(page: Data(JSONWriter.string(page).utf8))
        let session = try Session(region: "us-east-1", environment: CannedResponses.offlineEnvironment, transport: transport)
        let table = try session.resource(DynamoDB.self).table("bench")

        @Sendable func write() async throws {
            try await table.batchWriter { batch in
                for index in 0..<sizes.items { try await batch.putItem(Item: item(index, price: price)) }
            }
        }
        @Sendable func query() async throws {
            let response = try await table.query(KeyConditionExpression: Key("pk").eq("user#1"))
            guard let items = response["Items"]?.array, items.count == sizes.pageItems,
                  items.last?["price"]?.number == price, items.last?["tags"]?.stringSet?.count == 2 else {
                throw Failure(description: "the query page did not convert to \(sizes.pageItems) plain items")
            }
        }
        let client = try session.client("dynamodb")
        @Sendable func rawQuery() async throws {
            let response = try await client.query(TableName: "bench", KeyConditionExpression: "#n0 = :v0",
                                                  ExpressionAttributeNames: ["#n0": "pk"], ExpressionAttributeValues: [":v0": ["S": "user#1"]])
            guard response["Items"]?.array?.count == sizes.pageItems else {
                throw Failure(description: "the low-level query did not parse \(sizes.pageItems) items")
            }
        }
        let deserializer = DynamoDBTypeDeserializer()
        let rawItems = wireItems
        @Sendable func convert() async throws {
            for wire in rawItems { _ = try deserializer.deserialize(wire) }
        }

        try await write()
        let written = transport.received
        guard written == (sizes.items / 25, sizes.items) else {
            throw Failure(description: "the batch writer sent \(written.items) items in \(written.requests) requests, expected \(sizes.items) in \(sizes.items / 25)")
        }
        try await query()
        return [
            try await perItem("dynamodb_batch_writer_10000_items", items: sizes.items, rounds: sizes.rounds, write),
            try await perItem("dynamodb_query_page_1000_items", items: sizes.pageItems * sizes.queries, rounds: sizes.rounds) {
                for _ in 0..<sizes.queries { try await query() }
            },
            try await perItem("dynamodb_client_query_page_1000_items", items: sizes.pageItems * sizes.queries, rounds: sizes.rounds) {
                for _ in 0..<sizes.queries { try await rawQuery() }
            },
            try await perItem("dynamodb_deserialize_page_1000_items", items: sizes.pageItems * sizes.queries, rounds: sizes.rounds) {
                for _ in 0..<sizes.queries { try await convert() }
            },
        ]
    }

    /// CPU and wall time per item of `body`, which handles `items` items, over `rounds` rounds.
    static func perItem(_ name: String, items: Int, rounds: Int, _ body: @Sendable () async throws -> Void) async throws -> RoundFigures {
        try await body()
        var figures = RoundFigures(name: name, operationsPerRound: items)
        for _ in 0..<rounds {
            let cpu0 = Clock.cpu(), wall0 = Clock.wall()
            try await body()
            let cpu1 = Clock.cpu(), wall1 = Clock.wall()
            figures.cpuMicros.append((cpu1 - cpu0) * 1e6 / Double(items))
            figures.wallMicros.append((wall1 - wall0) * 1e6 / Double(items))
        }
        return figures
    }
}
