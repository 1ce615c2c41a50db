import Foundation
import Testing
import AWSTestSupport
@testable import AWSResources

/// DynamoDB's resource layer against moto, with a table keyed by a hash and a range key: items
/// as plain values, conditions that pass and fail, queries and filters, paginated scans, the batch
/// writer with 10,000 items and with unprocessed writes, Codable items and exact numbers.
@Suite(.serialized) struct DynamoDBMotoIntegrationTests {
    struct Order: Codable, Sendable, Equatable {
        var customer: String
        var number: Int
        var total: Decimal
        var placed: Date
        var items: [String]
        var tags: Set<String>
        var note: String?
        var gift: Bool
    }

    /// A new table `(customer: S, number: N)` on moto, deleted after `body`.
    static func withTable(_ session: Session? = nil, _ body: (DynamoDB.Table) async throws -> Void) async throws {
        let (motoSession, endpoint) = try await TestResources.motoSession()
        let dynamodb = try (session ?? motoSession).resource(DynamoDB.self, endpointURL: endpoint)
        let table = try await dynamodb.createTable(
            TableName: .string(ResourceIntegration.uniqueName("orders")),
            KeySchema: [["AttributeName": "customer", "KeyType": "HASH"], ["AttributeName": "number", "KeyType": "RANGE"]],
            AttributeDefinitions: [["AttributeName": "customer", "AttributeType": "S"], ["AttributeName": "number", "AttributeType": "N"]],
            BillingMode: "PAY_PER_REQUEST")
        try await table.waitUntilExists()
        do {
            try await body(table)
        } catch {
            _ = try? await table.delete()
            throw error
        }
        _ = try await table.delete()
    }

    @Test func putGetUpdateDeleteWithConditions() async throws {
        try await Self.withTable { table in
            try await table.putItem(Item: ["customer": "ada", "number": 1, "total": try DynamoDBNumber("19.99"),
                                           "tags": DynamoDBSet(["new", "gift"]), "blob": Data([1, 2]), "lines": [1, "two", ["three": 3]]],
                                    ConditionExpression: Attr("customer").notExists())
            let code = await ResourceIntegration.errorCode {
                try await table.putItem(Item: ["customer": "ada", "number": 1], ConditionExpression: Attr("customer").notExists())
            }
            #expect(code == "ConditionalCheckFailedException")

            let item = try await table.getItem(Key: ["customer": "ada", "number": 1])["Item"]
            #expect(item == ["customer": "ada", "number": 1, "total": .number(try DynamoDBNumber("19.99")),
                             "tags": .stringSet(["new", "gift"]), "blob": .binary(Data([1, 2])), "lines": [1, "two", ["three": 3]]])

            let updated = try await table.updateItem(Key: ["customer": "ada", "number": 1], UpdateExpression: "SET #t = #t + :inc",
                                                     ConditionExpression: Attr("total").lt(100) && Attr("tags").contains("gift"),
                                                     ExpressionAttributeNames: ["#t": "total"], ExpressionAttributeValues: [":inc": 1],
                                                     ReturnValues: "UPDATED_NEW")
            #expect(updated["Attributes"]?["total"] == .number(try DynamoDBNumber("20.99")))
            let failed = await ResourceIntegration.errorCode {
                try await table.updateItem(Key: ["customer": "ada", "number": 1], UpdateExpression: "SET #t = :zero",
                                           ConditionExpression: Attr("total").gt(1000), ExpressionAttributeNames: ["#t": "total"],
                                           ExpressionAttributeValues: [":zero": 0])
            }
            #expect(failed == "ConditionalCheckFailedException")

            let refused = await ResourceIntegration.errorCode {
                try await table.deleteItem(Key: ["customer": "ada", "number": 1], ConditionExpression: Attr("tags").size().gt(5))
            }
            #expect(refused == "ConditionalCheckFailedException")
            let deleted = try await table.deleteItem(Key: ["customer": "ada", "number": 1], ConditionExpression: Attr("tags").size().eq(2),
                                                     ReturnValues: "ALL_OLD")
            #expect(deleted["Attributes"]?["customer"] == "ada")
            #expect(try await table.getItem(Key: ["customer": "ada", "number": 1])["Item"] == nil)
        }
    }

    @Test func queryWithKeyConditionsAndFilters() async throws {
        try await Self.withTable { table in
            try await table.batchWriter { batch in
                for number in 1...20 {
                    try await batch.putItem(Item: ["customer": number % 2 == 0 ? "bob" : "cy", "number": number,
                                                   "size": number * 10, "kind": number % 3 == 0 ? "bulk" : "single"])
                }
            }
            let between = try await table.query(KeyConditionExpression: Key("customer").eq("bob") && Key("number").between(4, 12))
            #expect(between["Items"]?.array?.compactMap { $0["number"]?.int } == [4, 6, 8, 10, 12])
            let filtered = try await table.query(KeyConditionExpression: Key("customer").eq("bob") && Key("number").gte(4),
                                                 FilterExpression: Attr("kind").eq("bulk") || Attr("size").lt(50), ScanIndexForward: false)
            #expect(filtered["Items"]?.array?.compactMap { $0["number"]?.int } == [18, 12, 6, 4])
            #expect(filtered["ScannedCount"] == 9)
            let notIn = try await table.query(KeyConditionExpression: Key("customer").eq("cy"),
                                              FilterExpression: !Attr("number").isIn([1, 3, 5]) && Attr("kind").beginsWith("s"))
            #expect(notIn["Items"]?.array?.compactMap { $0["number"]?.int } == [7, 11, 13, 17, 19])
            await #expect(throws: DynamoDBConditionError.self) {
                try await table.query(KeyConditionExpression: Key("customer").eq("cy") && Attr("kind").eq("bulk"))
            }
        }
    }

    @Test func scanPagesThroughEveryItem() async throws {
        try await Self.withTable { table in
            try await table.batchWriter { batch in
                for number in 0..<57 { try await batch.putItem(Item: ["customer": "c\(number % 5)", "number": number]) }
            }
            var pages = 0
            var numbers: [Int] = []
            for try await page in table.scan([String: DynamoDBValue].self, Limit: 10).pages {
                pages += 1
                numbers += page.items.compactMap { $0["number"]?.int }
            }
            #expect(pages >= 6)
            #expect(numbers.sorted() == Array(0..<57))
            // The same by hand, with LastEvaluatedKey.
            var start: DynamoDBValue?
            var count = 0
            repeat {
                var params: [String: any DynamoDBArgument] = ["Limit": 20, "FilterExpression": Attr("number").gte(10)]
                if let start { params["ExclusiveStartKey"] = start }
                let page = try await table.scan.call(params)
                count += page["Count"]?.int ?? 0
                start = page["LastEvaluatedKey"]
            } while start != nil
            #expect(count == 47)
        }
    }

    @Test func tenThousandItemsThroughTheBatchWriter() async throws {
        try await Self.withTable { table in
            try await table.batchWriter(overwriteByPKeys: ["customer", "number"]) { batch in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for worker in 0..<4 {
                        group.addTask {
                            for i in stride(from: worker, to: 10_000, by: 4) {
                                try await batch.putItem(Item: ["customer": "bulk\(i % 10)", "number": i, "payload": "item \(i)"])
                            }
                        }
                    }
                    try await group.waitForAll()
                }
            }
            var total = 0
            for segment in 0..<10 {
                for try await page in table.query([String: DynamoDBValue].self, KeyConditionExpression: Key("customer").eq("bulk\(segment)")).pages {
                    total += page.items.count
                }
            }
            #expect(total == 10_000)
        }
    }

    @Test func unprocessedItemsAreResentUntilNoneAreLeft() async throws {
        let kind = TransportEnvironment.forwarded.values.first.flatMap { HTTPTransportKind(name: $0) } ?? .automatic
        let transport = WithholdingTransport(inner: HTTPTransports.make(HTTPTransportOptions(kind: kind)), rounds: 6, count: 3)
        let session = try Session(region: "us-east-1", credentials: Credentials(accessKeyID: "testing", secretAccessKey: "testing"),
                                  environment: TestResources.environment, transport: transport)
        try await Self.withTable(session) { table in
            try await table.batchWriter { batch in
                for number in 0..<100 { try await batch.putItem(Item: ["customer": "retry", "number": number]) }
            }
            let totals = transport.totals
            #expect(totals.withheld >= 12)
            #expect(totals.batchRequests > 4, "the withheld writes took extra requests")
            let stored = try await table.query(KeyConditionExpression: Key("customer").eq("retry"), Select: "COUNT")
            #expect(stored["Count"] == 100)
        }
    }

    @Test func codableItemsRoundTrip() async throws {
        try await Self.withTable { table in
            let orders = (1...3).map { n in
                Order(customer: "dee", number: n, total: Decimal(string: "1234567890.123456789")! * Decimal(n),
                      placed: Date(timeIntervalSince1970: 1_715_949_296 + Double(n)), items: ["book", "pen"], tags: n == 2 ? [] : ["a", "b"],
                      note: n == 3 ? "ring twice" : nil, gift: n == 1)
            }
            try await table.put(orders[0], ConditionExpression: Attr("customer").notExists())
            try await table.batchWriter { batch in try await batch.put(contentsOf: orders.dropFirst()) }
            #expect(try await table.get(Order.self, key: ["customer": "dee", "number": 1]) == orders[0])
            #expect(try await table.get(Order.self, key: ["customer": "dee", "number": 9]) == nil)
            var found: [Order] = []
            for try await order in table.query(Order.self, KeyConditionExpression: Key("customer").eq("dee")) { found.append(order) }
            #expect(found == orders)
            let raw = try await table.getItem(Key: ["customer": "dee", "number": 2])["Item"]
            #expect(raw?["tags"] == nil && raw?["placed"] == "2024-05-17T12:34:58Z" && raw?["total"]?.number?.text == "2469135780.246913578")
        }
    }

    @Test func numbersKeepEveryDigitThroughMoto() async throws {
        try await Self.withTable { table in
            let texts = ["12345678901234567890123456789012345678", "-0.12345678901234567890123456789012345678", "1E-130",
                         "9.9999999999999999999999999999999999999E+125", "-1E+125", "0.000001"]
            let numbers = try texts.map { try DynamoDBNumber($0) }
            try await table.putItem(Item: ["customer": "num", "number": 1, "values": DynamoDBValue.list(numbers.map(DynamoDBValue.number)),
                                           "set": DynamoDBSet(numbers)])
            let item = try await table.getItem(Key: ["customer": "num", "number": 1])["Item"]
            #expect(item?["values"]?.array?.compactMap(\.number) == numbers)
            #expect(item?["set"]?.numberSet == DynamoDBSet(numbers))
            let big = try await table.query(KeyConditionExpression: Key("customer").eq("num"),
                                            FilterExpression: Attr("values[0]").eq(numbers[0]))
            #expect(big["Count"] == 1)
        }
    }
}
