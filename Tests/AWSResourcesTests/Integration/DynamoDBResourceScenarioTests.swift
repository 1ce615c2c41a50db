import Foundation
import Testing
@testable import AWSResources

/// DynamoDB through the generated handles against moto: a table created and waited for, items put,
/// read, queried and scanned through the `Table` resource, then the table deleted.
///
/// Items go in and come out as plain values, as with boto3's DynamoDB resources (the wire's typed
/// form, `["S": "..."]`, is the low-level client's).
@Suite(.serialized) struct DynamoDBResourceScenarioTests {
    @Test func tableItemsQueryAndScan() async throws {
        let (session, endpoint) = try await TestResources.motoSession()
        let dynamodb = try session.resource(DynamoDB.self, endpointURL: endpoint)
        let name = ResourceScenario.uniqueName("scenario")

        let table = try await dynamodb.createTable(
            TableName: .string(name),
            KeySchema: [["AttributeName": "pk", "KeyType": "HASH"], ["AttributeName": "sk", "KeyType": "RANGE"]],
            AttributeDefinitions: [["AttributeName": "pk", "AttributeType": "S"], ["AttributeName": "sk", "AttributeType": "S"]],
            BillingMode: "PAY_PER_REQUEST")
        #expect(table == dynamodb.table(name))
        try await table.waitUntilExists()
        try await table.reload()
        #expect(try await table.tableStatus == "ACTIVE")
        #expect(try await table.tableName == name)
        #expect(try await table.keySchema?[0]?["AttributeName"] == "pk")
        #expect(try await ResourceScenario.collect(dynamodb.tables.all()).contains(table))

        for (pk, sk, count) in [("user", "1", 5), ("user", "2", 7), ("team", "1", 9)] {
            try await table.putItem(Item: ["pk": pk, "sk": sk, "count": count])
        }
        let got = try await table.getItem(Key: ["pk": "user", "sk": "2"])
        #expect(got["Item"]?["count"] == 7)

        let queried = try await table.query(KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: [":pk": "user"])
        #expect(queried["Count"] == 2)
        #expect(queried["Items"]?.array?.compactMap { $0["sk"]?.string } == ["1", "2"])
        let scanned = try await table.scan()
        #expect(scanned["Count"] == 3)
        let filtered = try await table.scan(FilterExpression: "#c > :min", ExpressionAttributeNames: ["#c": "count"],
                                            ExpressionAttributeValues: [":min": 6])
        #expect(filtered["Count"] == 2)

        try await table.deleteItem(Key: ["pk": "team", "sk": "1"])
        #expect(try await table.scan()["Count"] == 2)
        try await table.delete()
        try await table.waitUntilNotExists()
        #expect(try await !ResourceScenario.collect(dynamodb.tables.all()).contains(table))
    }
}
