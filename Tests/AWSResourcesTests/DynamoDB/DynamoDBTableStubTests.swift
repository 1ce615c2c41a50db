import Foundation
import Testing
@testable import AWSResources
import AWSTesting

/// The DynamoDB resources' conversions on a stub transport: what the typed and dynamic handles
/// send and return.
@Suite struct DynamoDBTableStubTests {
    static func table(_ transport: StubTransport) throws -> DynamoDB.Table {
        try TestResources.session(transport: transport).resource(DynamoDB.self, endpointURL: "http://127.0.0.1:1").table("users")
    }

    @Test func designItemLiteralCompilesAndSendsTheWireForm() async throws {
        let transport = StubTransport.json { _, _ in [:] }
        let table = try Self.table(transport)
        try await table.putItem(Item: ["id": "u1", "age": 30, "tags": DynamoDBSet(["a", "b"]), "blob": Data([1])])
        #expect(transport.bodies.first == ["TableName": "users", "Item": [
            "id": ["S": "u1"], "age": ["N": "30"], "tags": ["SS": ["a", "b"]], "blob": ["B": "AQ=="],
        ]])
    }

    @Test func responsesComeBackAsPlainValues() async throws {
        let transport = StubTransport.json { _, _ in
            ["Item": ["id": ["S": "u1"], "age": ["N": "30"], "tags": ["SS": ["a", "b"]], "blob": ["B": "AQ=="], "big": ["N": "12345678901234567890123456789012345678"]],
             "ConsumedCapacity": ["TableName": "users", "CapacityUnits": 0.5]]
        }
        let table = try Self.table(transport)
        let response = try await table.getItem(Key: ["id": "u1"])
        let item = response["Item"]
        #expect(item == ["id": "u1", "age": 30, "tags": .stringSet(["a", "b"]), "blob": .binary(Data([1])),
                         "big": .number(try DynamoDBNumber("12345678901234567890123456789012345678"))])
        #expect(response["ConsumedCapacity"]?["CapacityUnits"] == .number(try DynamoDBNumber("0.5")))
        #expect(transport.bodies.first == ["TableName": "users", "Key": ["id": ["S": "u1"]]])
    }

    @Test func conditionsBecomeExpressionsFilterFirst() async throws {
        let transport = StubTransport.json { _, _ in ["Items": [], "Count": 0, "ScannedCount": 0] }
        let table = try Self.table(transport)
        let found = try await table.query(KeyConditionExpression: Key("id").eq("u1") && Key("ts").between(1, 9),
                                          FilterExpression: Attr("age").gt(20) || Attr("nick").notExists())
        #expect(found["Count"] == 0)
        #expect(transport.bodies.first == [
            "TableName": "users",
            "FilterExpression": "(#n0 > :v0 OR attribute_not_exists(#n1))",
            "KeyConditionExpression": "(#n2 = :v1 AND #n3 BETWEEN :v2 AND :v3)",
            "ExpressionAttributeNames": ["#n0": "age", "#n1": "nick", "#n2": "id", "#n3": "ts"],
            "ExpressionAttributeValues": [":v0": ["N": "20"], ":v1": ["S": "u1"], ":v2": ["N": "1"], ":v3": ["N": "9"]],
        ])
    }

    @Test func callerPlaceholdersMergeWithGeneratedOnes() async throws {
        let transport = StubTransport.json { _, _ in ["Attributes": ["n": ["N": "2"]]] }
        let table = try Self.table(transport)
        let out = try await table.updateItem(Key: ["id": "u1"], UpdateExpression: "SET #c = #c + :one",
                                             ConditionExpression: Attr("n").lt(10), ExpressionAttributeNames: ["#c": "n"],
                                             ExpressionAttributeValues: [":one": 1], ReturnValues: "UPDATED_NEW")
        #expect(out["Attributes"] == ["n": 2])
        #expect(transport.bodies.first?["ExpressionAttributeNames"] == ["#c": "n", "#n0": "n"])
        #expect(transport.bodies.first?["ExpressionAttributeValues"] == [":one": ["N": "1"], ":v0": ["N": "10"]])
        #expect(transport.bodies.first?["ConditionExpression"] == "#n0 < :v0")
    }

    @Test func keyConditionWithAttrFailsBeforeSending() async throws {
        let transport = StubTransport.json { _, _ in [:] }
        let table = try Self.table(transport)
        await #expect(throws: DynamoDBConditionError.self) {
            try await table.query(KeyConditionExpression: Attr("id").eq("u1"))
        }
        await #expect(throws: DynamoDBConditionError.self) {
            try await table.putItem(Item: ["id": "u1"], UpdateExpression: Attr("id").exists())
        }
        await #expect { try await table.putItem(Item: ["id": "u1", "prices": ["eur": [2.5, 0.1]]]) } throws: { error in
            "\(error)".hasPrefix("Item.prices.eur[1]: Inexact: the Double 0.1") && (error as? DynamoDBTypeError)?.path == "Item.prices.eur[1]"
        }
        await #expect { try await table.putItem(Item: ["id": "u1", "tags": DynamoDBSet<String>()]) } throws: { error in
            (error as? DynamoDBTypeError)?.code == .emptySet && (error as? DynamoDBTypeError)?.path == "Item.tags"
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func batchActionsOfTheServiceResourceConvertToo() async throws {
        let transport = StubTransport.json { operation, _ in
            operation == "BatchGetItem"
                ? ["Responses": ["users": [["id": ["S": "u1"], "n": ["NS": ["1", "2"]]]]], "UnprocessedKeys": [:]]
                : ["UnprocessedItems": [:]]
        }
        let dynamodb = try TestResources.session(transport: transport).resource(DynamoDB.self, endpointURL: "http://127.0.0.1:1")
        let got = try await dynamodb.batchGetItem(RequestItems: ["users": ["Keys": [["id": "u1"]]]])
        #expect(got["Responses"]?["users"] == [["id": "u1", "n": .numberSet([1, 2])]])
        try await dynamodb.batchWriteItem(RequestItems: ["users": [["PutRequest": ["Item": ["id": "u2", "on": true]]]]])
        #expect(transport.bodies[0] == ["RequestItems": ["users": ["Keys": [["id": ["S": "u1"]]]]]])
        #expect(transport.bodies[1] == ["RequestItems": ["users": [["PutRequest": ["Item": ["id": ["S": "u2"], "on": ["BOOL": true]]]]]]])
    }

    @Test func theDynamicResourceConvertsAlike() async throws {
        let transport = StubTransport.json { operation, _ in
            operation == "GetItem" ? ["Item": ["id": ["S": "u1"], "age": ["N": "30"]]] : [:]
        }
        let dynamodb = try TestResources.resource("dynamodb", transport: transport)
        let table = try dynamodb.subresource("Table", "users")
        _ = try await table.putItem(Item: ["id": "u1", "age": 30, "score": 2.5])
        let got = try await table.getItem(Key: ["id": "u1"])
        #expect(got.dynamoDB?["Item"] == ["id": "u1", "age": 30])
        _ = try await table.action("Query", ["KeyConditionExpression": Key("id").eq("u1"), "Limit": 5])
        _ = try await table.action("PutItem", ["Item": ["tags": DynamoDBSet(["a"])]])
        #expect(transport.bodies[0] == ["TableName": "users", "Item": ["id": ["S": "u1"], "age": ["N": "30"], "score": ["N": "2.5"]]])
        #expect(transport.bodies[2] == ["TableName": "users", "KeyConditionExpression": "#n0 = :v0", "Limit": 5,
                                         "ExpressionAttributeNames": ["#n0": "id"], "ExpressionAttributeValues": [":v0": ["S": "u1"]]])
        #expect(transport.bodies[3] == ["TableName": "users", "Item": ["tags": ["SS": ["a"]]]])
        try await table.batchWriter { batch in try await batch.putItem(Item: ["id": "b1"]) }
        #expect(transport.bodies[4] == ["RequestItems": ["users": [["PutRequest": ["Item": ["id": ["S": "b1"]]]]]]])
        await #expect(throws: ResourceError.self) { try await dynamodb.batchWriter { _ in } }
    }

    @Test func tableActionsWithoutItemsAndTheClientStayRaw() async throws {
        let transport = StubTransport.json { _, _ in ["TableDescription": ["TableName": "users", "TableStatus": "DELETING"]] }
        let table = try Self.table(transport)
        let deleted = try await table.delete()
        #expect(deleted["TableDescription"]?["TableStatus"] == "DELETING")
        _ = try await table.meta.client.putItem(TableName: "users", Item: ["id": ["S": "raw"]])
        #expect(transport.bodies[1] == ["TableName": "users", "Item": ["id": ["S": "raw"]]])
    }

    struct User: Codable, Sendable, Equatable { var id: String; var age: Int }

    @Test func codableMembersPutGetAndPage() async throws {
        let pages: [Document] = [
            ["Items": [["id": ["S": "u1"], "age": ["N": "1"]]], "Count": 1, "LastEvaluatedKey": ["id": ["S": "u1"]]],
            ["Items": [["id": ["S": "u2"], "age": ["N": "2"]], ["id": ["S": "u3"], "age": ["N": "3"]]], "Count": 2],
        ]
        let counter = Counter()
        let transport = StubTransport.json { operation, _ in
            switch operation {
            case "GetItem": return ["Item": ["id": ["S": "u4"], "age": ["N": "41"]]]
            case "Query", "Scan": return pages[(counter.increment() - 1) % 2]
            default: return [:]
            }
        }
        let table = try Self.table(transport)
        try await table.put(User(id: "u4", age: 41), ConditionExpression: Attr("id").notExists())
        let user: User? = try await table.get(User.self, key: ["id": "u4"])
        #expect(user == User(id: "u4", age: 41))
        var seen: [User] = []
        for try await u in table.query(User.self, KeyConditionExpression: Key("id").eq("u4")) { seen.append(u) }
        #expect(seen.map(\.id) == ["u1", "u2", "u3"])
        var sizes: [Int] = []
        for try await page in table.scan(User.self, FilterExpression: Attr("age").gt(0), Limit: 2).pages { sizes.append(page.items.count) }
        #expect(sizes == [1, 2])
        let bodies = transport.bodies
        #expect(bodies[0] == ["TableName": "users", "Item": ["id": ["S": "u4"], "age": ["N": "41"]],
                              "ConditionExpression": "attribute_not_exists(#n0)", "ExpressionAttributeNames": ["#n0": "id"]])
        #expect(bodies[3]["ExclusiveStartKey"] == ["id": ["S": "u1"]])
        #expect(bodies[5]["Limit"] == 2 && bodies[5]["ExclusiveStartKey"] == ["id": ["S": "u1"]])
    }
}
