import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// DynamoDB `Scan`: a map token, three result keys (two of them counts) and a non-aggregate key.
@Suite struct DynamoDBPaginatorTests {
    static func scanTransport() -> StubTransport {
        StubTransport { request in
            let start = PaginatorStubs.jsonBody(request)["ExclusiveStartKey"]?["id"]?["B"]?.string
            switch start {
            case nil:
                return PaginatorStubs.json(#"""
                {"Items":[{"id":{"B":"AQ=="}},{"id":{"B":"Ag=="}}],"Count":2,"ScannedCount":3,
                 "LastEvaluatedKey":{"id":{"B":"Ag=="}},"ConsumedCapacity":{"TableName":"t","CapacityUnits":0.5}}
                """#)
            case "Ag==":
                return PaginatorStubs.json(#"""
                {"Items":[{"id":{"B":"Aw=="}},{"id":{"B":"BA=="}}],"Count":2,"ScannedCount":2,"ConsumedCapacity":{"TableName":"t","CapacityUnits":1.5}}
                """#)
            default:
                return PaginatorStubs.json(#"{"__type":"ValidationException","message":"bad start key"}"#, status: 400)
            }
        }
    }

    @Test func mapTokensAreSentBackAndCountsAreSummed() async throws {
        let transport = Self.scanTransport()
        let dynamodb = try TestClients.client("dynamodb", transport: transport)
        let all = try await dynamodb.paginator("scan").paginate(TableName: "t", PaginationConfig: ["PageSize": 2]).fullResult()
        #expect(all["Items"]?.array?.compactMap { $0["id"]?["B"]?.data } == [Data([1]), Data([2]), Data([3]), Data([4])])
        #expect(all["Count"] == 4)
        #expect(all["ScannedCount"] == 5)
        #expect(all["ConsumedCapacity"] == ["TableName": "t", "CapacityUnits": 0.5])
        #expect(all["LastEvaluatedKey"] == nil)
        let bodies = transport.requests.map(PaginatorStubs.jsonBody)
        #expect(bodies.map { $0["Limit"] } == [2, 2])
        #expect(bodies[1]["ExclusiveStartKey"] == ["id": ["B": "Ag=="]])
    }

    @Test func truncatedMapTokensCarryBinaryValuesAsBotocoreDoes() async throws {
        let dynamodb = try TestClients.client("dynamodb", transport: Self.scanTransport())
        let paginator = dynamodb.paginator("Scan")
        let first = try await paginator.paginate(TableName: "t", PaginationConfig: ["MaxItems": 3]).fullResult()
        #expect(first["Items"]?.array?.count == 3)
        let token = try #require(first["NextToken"]?.string)
        // The page the cut happened on was fetched with ExclusiveStartKey {"id": {"B": 0x02}}; one item of it was handed out.
        #expect(PaginationTokenTests.decodedJSON(token)
            == #"{"ExclusiveStartKey": {"id": {"B": "Ag=="}}, "boto_truncate_amount": 1, "boto_encoded_keys": [["ExclusiveStartKey", "id", "B"]]}"#)
        let rest = try await paginator.paginate(TableName: "t", PaginationConfig: ["StartingToken": .string(token)]).fullResult()
        #expect(rest["Items"]?.array?.compactMap { $0["id"]?["B"]?.data } == [Data([4])])
        // Counts are kept as the service sent them when resuming inside a page.
        #expect(rest["Count"] == 2)
        #expect(rest["NextToken"] == nil)
    }

    @Test func aTruncatedFirstPageResumesWithoutAServiceToken() async throws {
        let dynamodb = try TestClients.client("dynamodb", transport: Self.scanTransport())
        let paginator = dynamodb.paginator("scan")
        var keys: [Data] = []
        var token: Document = .null
        for _ in 0..<5 {
            var iterator = paginator.paginate(TableName: "t", PaginationConfig: ["MaxItems": 1, "StartingToken": token])
                .search("Items[].id.B").makeAsyncIterator()
            while let value = try await iterator.next() { keys.append(try #require(value.data)) }
            guard let next = iterator.resumeToken else { break }
            token = .string(next)
        }
        #expect(keys == [Data([1]), Data([2]), Data([3]), Data([4])])
    }
}
