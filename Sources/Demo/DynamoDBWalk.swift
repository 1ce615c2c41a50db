import AWSResources
import Foundation

/// The demo's DynamoDB part: a `Table` as boto3 users know it (plain values, `Key`/`Attr`
/// conditions, the batch writer) and Codable items.
enum DynamoDBWalk {
    struct Order: Codable, Sendable {
        var customer: String
        var number: Int
        var total: Decimal
        var placed: Date
        var tags: Set<String>
    }

    static func run(session: Session, endpoint: String) async throws {
        let dynamodb = try session.resource(DynamoDB.self, endpointURL: endpoint)
        let table = try await dynamodb.createTable(
            TableName: "demo-orders-\(UInt32.random(in: 0...UInt32.max))",
            KeySchema: [["AttributeName": "customer", "KeyType": "HASH"], ["AttributeName": "number", "KeyType": "RANGE"]],
            AttributeDefinitions: [["AttributeName": "customer", "AttributeType": "S"], ["AttributeName": "number", "AttributeType": "N"]],
            BillingMode: "PAY_PER_REQUEST")
        try await table.waitUntilExists()
        step("DynamoDB: created \(table) and waited until it exists")

        try await table.putItem(Item: ["customer": "ada", "number": 1, "total": try DynamoDBNumber("12345678901234567890.123456789"),
                                       "tags": DynamoDBSet(["gift", "express"]), "note": Data("fragile".utf8)],
                                ConditionExpression: Attr("customer").notExists())
        let item = try await table.getItem(Key: ["customer": "ada", "number": 1])["Item"]
        step("putItem/getItem with plain values → \(item ?? nil)")
        do {
            try await table.putItem(Item: ["customer": "ada", "number": 1], ConditionExpression: Attr("customer").notExists())
        } catch let error as ClientError {
            step("the same put with Attr(\"customer\").notExists() again → \(error.code)")
        }

        try await table.batchWriter(overwriteByPKeys: ["customer", "number"]) { batch in
            for number in 2...60 {
                try await batch.putItem(Item: ["customer": number % 2 == 0 ? "ada" : "bob", "number": number, "size": number % 7])
            }
        }
        step("batchWriter: 59 puts sent 25 at a time")
        let page = try await table.query(KeyConditionExpression: Key("customer").eq("ada") && Key("number").between(10, 30),
                                         FilterExpression: Attr("size").gt(3) || Attr("tags").exists())
        let numbers = page["Items"]?.array?.compactMap { $0["number"]?.int } ?? []
        step("query Key(\"customer\").eq(\"ada\") && Key(\"number\").between(10, 30), filtered → \(numbers)")

        let order = Order(customer: "cy", number: 7, total: Decimal(string: "99.95")!, placed: Date(timeIntervalSince1970: 1_715_949_296),
                          tags: ["new"])
        try await table.put(order)
        let back = try await table.get(Order.self, key: ["customer": "cy", "number": 7])
        step("Codable: put(Order) / get(Order.self) → total \(back?.total ?? 0), placed \(back?.placed ?? Date.distantPast)")
        var count = 0
        for try await _ in table.scan([String: DynamoDBValue].self, Limit: 20) { count += 1 }
        step("scan, 20 items a page → \(count) items")

        try await table.delete()
        try await table.waitUntilNotExists()
        step("deleted \(table.name)")
    }
}
