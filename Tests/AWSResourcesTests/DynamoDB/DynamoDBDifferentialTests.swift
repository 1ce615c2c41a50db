import Foundation
import Testing
@testable import AWSResources
import AWSTesting

/// The same DynamoDB resource calls through boto3 (`Tests/Differential/boto3_dynamodb_requests.py`,
/// run here) and through the typed handles on a stub transport: every request body must match
/// boto3's byte for byte (conditions with every operator, nested paths, every value type, numbers
/// at DynamoDB's limits), and a call boto3 refuses must fail here with the same kind of error.
///
/// Requires `python3` with boto3 1.43.11 (CI installs it): the test fails, naming what to install,
/// when it is missing.
@Suite(.serialized) struct DynamoDBDifferentialTests {
    typealias Call = @Sendable (DynamoDB.Table, DynamoDB.ServiceResource) async throws -> Void

    static func number(_ text: String) throws -> DynamoDBNumber { try DynamoDBNumber(text) }

    /// One for one with `cases()` in boto3_dynamodb_requests.py.
    static let cases: [String: Call] = [
        "put every type": { t, _ in
            try await t.putItem(Item: [
                "id": "u1", "age": 30, "price": try number("19.99"), "negzero": try number("-0"), "sci": try number("1e2"),
                "big": try number("12345678901234567890123456789012345678"), "tiny": try number("1E-130"),
                "huge": try number("9.9999999999999999999999999999999999999E+125"), "frac": try number("-0.000001"), "trail": try number("1.50"),
                "blob": Data([0, 1, 0xFE]), "wrapped": Data("bin".utf8), "yes": true, "no": false, "nothing": DynamoDBValue.null, "text": "",
                "ss": DynamoDBSet(["b", "a"]), "ns": DynamoDBSet([3, try number("2.5"), -1]), "bs": DynamoDBSet([Data("x".utf8), Data("y".utf8)]),
                "list": [1, "two", [3], ["four": 4], DynamoDBValue.null, true], "map": ["b": ["c": [try number("0.5")]], "a": "x"],
            ])
        },
        "put if absent": { t, _ in try await t.putItem(Item: ["id": "u2"], ConditionExpression: Attr("id").notExists()) },
        "eq": { t, _ in try await t.putItem(Item: ["id": "u2"], ConditionExpression: Attr("a").eq("x")) },
        "ne": { t, _ in try await t.putItem(Item: ["id": "u2"], ConditionExpression: Attr("a").ne(1)) },
        "lt": { t, _ in try await t.putItem(Item: ["id": "u2"], ConditionExpression: Attr("a").lt(try number("2.5"))) },
        "lte": { t, _ in try await t.putItem(Item: ["id": "u2"], ConditionExpression: Attr("a").lte(-3)) },
        "gt": { t, _ in try await t.putItem(Item: ["id": "u2"], ConditionExpression: Attr("a").gt(try number("1E+40"))) },
        "gte": { t, _ in try await t.putItem(Item: ["id": "u2"], ConditionExpression: Attr("a").gte(0)) },
        "between": { t, _ in try await t.putItem(Item: ["id": "u2"], ConditionExpression: Attr("a").between("a", "m")) },
        "begins_with": { t, _ in try await t.putItem(Item: ["id": "u2"], ConditionExpression: Attr("a").beginsWith("pre")) },
        "is_in": { t, _ in
            try await t.putItem(Item: ["id": "u2"], ConditionExpression: Attr("a").isIn(["x", 2, Data("z".utf8), true, DynamoDBValue.null]))
        },
        "exists": { t, _ in try await t.putItem(Item: ["id": "u2"], ConditionExpression: Attr("a").exists()) },
        "not_exists": { t, _ in try await t.putItem(Item: ["id": "u2"], ConditionExpression: Attr("a").notExists()) },
        "contains": { t, _ in try await t.putItem(Item: ["id": "u2"], ConditionExpression: Attr("tags").contains("red")) },
        "attribute_type": { t, _ in try await t.putItem(Item: ["id": "u2"], ConditionExpression: Attr("a").attributeType("SS")) },
        "size eq": { t, _ in try await t.putItem(Item: ["id": "u2"], ConditionExpression: Attr("a").size().eq(3)) },
        "size lt": { t, _ in try await t.putItem(Item: ["id": "u2"], ConditionExpression: Attr("a").size().lt(3)) },
        "size lte": { t, _ in try await t.putItem(Item: ["id": "u2"], ConditionExpression: Attr("a").size().lte(3)) },
        "size gt": { t, _ in try await t.putItem(Item: ["id": "u2"], ConditionExpression: Attr("a").size().gt(3)) },
        "size gte": { t, _ in try await t.putItem(Item: ["id": "u2"], ConditionExpression: Attr("a").size().gte(3)) },
        "size between": { t, _ in try await t.putItem(Item: ["id": "u2"], ConditionExpression: Attr("a").size().between(1, 9)) },
        "attribute against attribute": { t, _ in try await t.putItem(Item: ["id": "u2"], ConditionExpression: Attr("a").eq(Attr("b"))) },
        "attribute against size": { t, _ in try await t.putItem(Item: ["id": "u2"], ConditionExpression: Attr("a").lt(Attr("b").size())) },
        "and or not": { t, _ in
            try await t.putItem(Item: ["id": "u2"],
                                ConditionExpression: (Attr("a").eq(1) && !Attr("b").exists()) || (Attr("c").lt(2) && Attr("d").gt(3)))
        },
        "deep nesting": { t, _ in
            try await t.putItem(Item: ["id": "u2"],
                                ConditionExpression: !(!(Attr("a").eq(1) || Attr("b").eq(2)) && (Attr("c").eq(3) || !Attr("d").notExists())))
        },
        "nested paths": { t, _ in
            try await t.putItem(Item: ["id": "u2"],
                                ConditionExpression: Attr("a.b[0].c").eq("x") && Attr("list[12]").exists() && Attr("m.m").ne(Attr("n[0][1]")))
        },
        "every value type": { t, _ in
            let condition = Attr("s").eq("t") && Attr("n").eq(try number("12345678901234567890123456789012345678"))
                && Attr("b").eq(Data([1])) && Attr("t").eq(true) && Attr("z").eq(DynamoDBValue.null) && Attr("l").eq([1, "x"])
                && Attr("m").eq(["k": "v", "a": 1]) && Attr("ss").eq(DynamoDBSet(["p", "q"]))
                && Attr("ns").eq(DynamoDBSet([1, 2])) && Attr("bs").eq(DynamoDBSet([Data("1".utf8)]))
            try await t.putItem(Item: ["id": "u2"], ConditionExpression: condition)
        },
        "put with options": { t, _ in
            try await t.putItem(Item: ["id": "u3", "n": 1], ReturnValues: "ALL_OLD", ReturnConsumedCapacity: "TOTAL",
                                ConditionExpression: Attr("n").lt(5))
        },
        "get": { t, _ in try await t.getItem(Key: ["id": "u1", "ts": 5]) },
        "get projected": { t, _ in
            try await t.getItem(Key: ["id": "u1", "ts": 5], ConsistentRead: true, ProjectionExpression: "#a, b", ExpressionAttributeNames: ["#a": "a"])
        },
        "update": { t, _ in
            try await t.updateItem(Key: ["id": "u1", "ts": 5], ReturnValues: "UPDATED_NEW", UpdateExpression: "SET #c = #c + :one, tags = :tags",
                                   ConditionExpression: Attr("c").lt(10) || Attr("c").notExists(), ExpressionAttributeNames: ["#c": "count"],
                                   ExpressionAttributeValues: [":one": 1, ":tags": DynamoDBSet(["a", "b"])])
        },
        "delete": { t, _ in
            try await t.deleteItem(Key: ["id": "u1", "ts": 5], ReturnValues: "ALL_OLD", ConditionExpression: Attr("state").isIn(["done", "failed"]))
        },
        "query eq": { t, _ in try await t.query(KeyConditionExpression: Key("id").eq("u1")) },
        "query between": { t, _ in try await t.query(KeyConditionExpression: Key("id").eq("u1") && Key("ts").between(1, 9)) },
        "query begins_with": { t, _ in try await t.query(KeyConditionExpression: Key("id").eq("u1") && Key("sk").beginsWith("2024-")) },
        "query lt": { t, _ in try await t.query(KeyConditionExpression: Key("id").eq("u1") && Key("ts").lt(5)) },
        "query lte": { t, _ in try await t.query(KeyConditionExpression: Key("id").eq("u1") && Key("ts").lte(5)) },
        "query gt": { t, _ in try await t.query(KeyConditionExpression: Key("id").eq("u1") && Key("ts").gt(5)) },
        "query gte": { t, _ in try await t.query(KeyConditionExpression: Key("id").eq("u1") && Key("ts").gte(try number("5.5"))) },
        "query with filter": { t, _ in
            try await t.query(KeyConditionExpression: Key("id").eq("u1") && Key("ts").between(1, 9),
                              FilterExpression: Attr("age").gt(20) || Attr("nick").notExists())
        },
        "query with options": { t, _ in
            try await t.query(IndexName: "by-ts", Select: "ALL_ATTRIBUTES", Limit: 10, ScanIndexForward: false,
                              ExclusiveStartKey: ["id": "u1", "ts": 4], ReturnConsumedCapacity: "INDEXES",
                              FilterExpression: Attr("tags").contains("x"), KeyConditionExpression: Key("id").eq("u1"))
        },
        "query with key in filter": { t, _ in
            try await t.query(FilterExpression: Key("id").beginsWith("u"), KeyConditionExpression: Key("id").eq("u1"))
        },
        "scan": { t, _ in try await t.scan() },
        "scan with filter": { t, _ in try await t.scan(FilterExpression: Attr("a.b").size().gte(2) && !Attr("c").attributeType("NULL")) },
        "scan segment": { t, _ in
            try await t.scan(Limit: 5, ExclusiveStartKey: ["id": "u9", "ts": 1], TotalSegments: 4, Segment: 1,
                             FilterExpression: Attr("n").between(try number("-1.5"), try number("1.5")))
        },
        "batch write": { _, d in
            try await d.batchWriteItem(RequestItems: ["users": [
                ["PutRequest": ["Item": ["id": "u1", "n": 1, "ss": DynamoDBSet(["a"])]]],
                ["DeleteRequest": ["Key": ["id": "u2", "ts": 3]]],
            ]])
        },
        "batch get": { _, d in
            try await d.batchGetItem(RequestItems: ["users": ["Keys": [["id": "u1", "ts": 1], ["id": "u2", "ts": 2]],
                                                              "ConsistentRead": true, "ProjectionExpression": "id"]])
        },
        "error: Attr in key condition": { t, _ in try await t.query(KeyConditionExpression: Key("id").eq("u1") && Attr("age").gt(1)) },
        "error: inexact number": { t, _ in try await t.putItem(Item: ["id": "u1", "n": try number("12345678901234567890123456789012345678901")]) },
        "error: rounded number": { t, _ in try await t.putItem(Item: ["id": "u1", "n": try number("10000000000000000000000000000000000000000")]) },
        "error: overflow": { t, _ in try await t.putItem(Item: ["id": "u1", "n": try number("1E+127")]) },
        "error: underflow": { t, _ in try await t.putItem(Item: ["id": "u1", "n": try number("1E-166")]) },
        "error: NaN": { t, _ in try await t.putItem(Item: ["id": "u1", "n": Decimal.nan]) },
    ]

    /// boto3's exception class → the error this SDK throws for the same call.
    static func matches(_ error: any Error, boto3 name: String, message: String) -> Bool {
        switch (name, error) {
        case ("DynamoDBNeedsKeyConditionError", let error as DynamoDBConditionError):
            let expected = message.replacingOccurrences(of: "<class 'boto3.dynamodb.conditions.Attr'>", with: "Attr")
            return error.code == .needsKeyCondition && error.message.hasPrefix(expected)
        case ("TypeError", let error as DynamoDBTypeError):
            return error.code == .infinityOrNaN && error.message.hasPrefix(message)
        case (_, let error as DynamoDBTypeError):
            let codes: [String: DynamoDBTypeError.Code] = ["Inexact": .inexact, "Rounded": .rounded, "Overflow": .overflow, "Underflow": .underflow]
            return codes[name] == error.code && error.message.hasPrefix("\(name):")
        default:
            return false
        }
    }

    @Test func requestsMatchBoto3ByteForByte() async throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Differential/boto3_dynamodb_requests.py")
        let output = try await DifferentialBoto3Tests.runPython([script.path])
        let boto3 = try JSONValue.parse(output).document
        #expect(boto3["boto3"] == "1.43.11", "the expected bodies come from boto3 1.43.11")
        let expected = try #require(boto3["cases"]?.dictionary)
        #expect(Set(expected.keys) == Set(Self.cases.keys), "the Python and Swift case lists differ")

        for name in Self.cases.keys.sorted() {
            guard let call = Self.cases[name], let boto3Case = expected[name] else { continue }
            let transport = StubTransport.json { _, _ in [:] }
            let session = try TestResources.session(transport: transport)
            let dynamodb = try session.resource(DynamoDB.self, endpointURL: "http://127.0.0.1:1")
            do {
                try await call(dynamodb.table("users"), dynamodb)
            } catch {
                let boto3Error = boto3Case["error"]?.string
                #expect(boto3Error != nil, "\(name): boto3 sent a request, Swift threw \(error)")
                if let boto3Error {
                    #expect(Self.matches(error, boto3: boto3Error, message: boto3Case["message"]?.string ?? ""),
                            "\(name): boto3 raised \(boto3Error) (\(boto3Case["message"]?.string ?? "")); Swift threw \(error)")
                }
                #expect(transport.requests.isEmpty, "\(name): nothing is sent when the call fails")
                continue
            }
            let request = try #require(transport.requests.first, "\(name): Swift sent nothing")
            #expect(boto3Case["error"] == nil, "\(name): boto3 raised \(boto3Case["error"]?.string ?? ""), Swift sent a request")
            let body = String(decoding: request.body.inMemoryData ?? Data(), as: UTF8.self)
            #expect(body == boto3Case["body"]?.string, "\(name): the request bodies differ\n boto3: \(boto3Case["body"]?.string ?? "")\n Swift: \(body)")
            #expect(request.headers["X-Amz-Target"] == boto3Case["target"]?.string, "\(name)")
        }
    }
}
