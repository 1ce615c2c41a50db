import AWSResources
import Foundation

// A small notes app on DynamoDB: create, read, update, delete and query, with plain values, a
// Codable type, conditions from Key/Attr and the batch writer.
//
//   swift run example-dynamodb-crud        # creates a table, runs through CRUD, deletes the table

struct Note: Codable, Sendable {
    var owner: String
    var id: Int
    var title: String
    var tags: Set<String>
    var created: Date
}

let session = try Session()
let dynamodb = try session.resource(DynamoDB.self)
let tableName = "example-notes-\(UInt32.random(in: 0...UInt32.max))"

// Create
let table = try await dynamodb.createTable(
    TableName: .string(tableName),
    KeySchema: [["AttributeName": "owner", "KeyType": "HASH"], ["AttributeName": "id", "KeyType": "RANGE"]],
    AttributeDefinitions: [["AttributeName": "owner", "AttributeType": "S"], ["AttributeName": "id", "AttributeType": "N"]],
    BillingMode: "PAY_PER_REQUEST")
try await table.waitUntilExists()
print("created table \(table.name)")

do {
    try await table.putItem(Item: ["owner": "ada", "id": 1, "title": "Buy milk", "done": false,
                                   "tags": DynamoDBSet(["home"])],
                            ConditionExpression: Attr("id").notExists())
    try await table.put(Note(owner: "ada", id: 2, title: "Write docs", tags: ["work", "swift"],
                             created: Date(timeIntervalSince1970: 1_700_000_000)))
    try await table.batchWriter { batch in
        for id in 3...30 {
            try await batch.putItem(Item: ["owner": id % 2 == 0 ? "ada" : "bob", "id": id, "title": "Note \(id)", "done": id % 3 == 0])
        }
    }
    print("created 30 notes (putItem, put(Note), batchWriter)")

    // Read
    let first = try await table.getItem(Key: ["owner": "ada", "id": 1])["Item"]
    print("getItem → \(first?["title"]?.string ?? "missing")")
    guard let note = try await table.get(Note.self, key: ["owner": "ada", "id": 2]) else {
        print("note 2 is missing"); exit(1)
    }
    print("get(Note.self) → \(note.title), tags \(note.tags.sorted())")

    // Update
    let updated = try await table.updateItem(Key: ["owner": "ada", "id": 1],
                                             UpdateExpression: "SET done = :done, title = :title",
                                             ExpressionAttributeValues: [":done": true, ":title": "Buy oat milk"],
                                             ReturnValues: "ALL_NEW")
    print("updateItem → \(updated["Attributes"]?["title"]?.string ?? "?"), done \(updated["Attributes"]?["done"]?.bool ?? false)")

    // Query with a key condition and a filter
    let page = try await table.query(KeyConditionExpression: Key("owner").eq("ada") && Key("id").between(1, 20),
                                     FilterExpression: Attr("done").eq(true))
    let doneIDs = page["Items"]?.array?.compactMap { $0["id"]?.int } ?? []
    print("query ada's notes 1…20 that are done → \(doneIDs)")
    var bobs = 0
    for try await _ in table.query([String: DynamoDBValue].self, KeyConditionExpression: Key("owner").eq("bob"), Limit: 5) {
        bobs += 1
    }
    print("query bob's notes, 5 per page → \(bobs)")

    // Delete
    do {
        try await table.deleteItem(Key: ["owner": "ada", "id": 2], ConditionExpression: Attr("title").eq("Not this title"))
    } catch let error as ClientError where error.code == "ConditionalCheckFailedException" {
        print("conditional delete refused: \(error.code)")
    }
    try await table.deleteItem(Key: ["owner": "ada", "id": 2])
    let gone = try await table.get(Note.self, key: ["owner": "ada", "id": 2])
    print("deleteItem → note 2 \(gone == nil ? "is gone" : "is still there")")
    guard gone == nil, doneIDs == [1, 6, 12, 18], bobs == 14 else { print("unexpected results"); exit(1) }
} catch {
    _ = try? await table.delete()
    throw error
}

try await table.delete()
try await table.waitUntilNotExists()
print("deleted table \(table.name)")
