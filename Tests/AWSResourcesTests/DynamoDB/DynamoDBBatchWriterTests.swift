import Foundation
import Synchronization
import Testing
@testable import AWSResources
import AWSTesting

/// The batch writer on a stub transport: flushing, de-duplication, unprocessed writes and failures.
@Suite struct DynamoDBBatchWriterTests {
    /// Writes per `BatchWriteItem` request, in order.
    static func batchSizes(_ transport: StubTransport) -> [Int] {
        transport.bodies.map { $0["RequestItems"]?["users"]?.array?.count ?? 0 }
    }

    /// The waits a batch writer asked for.
    final class Sleeps: Sendable {
        private let waits = Mutex<[Duration]>([])
        func record(_ duration: Duration) { waits.withLock { $0.append(duration) } }
        var all: [Duration] { waits.withLock { $0 } }
    }

    static func writer(_ transport: StubTransport, pkeys: [String]? = nil, sleeps: Sleeps? = nil) throws -> DynamoDBBatchWriter {
        let table = try DynamoDBTableStubTests.table(transport)
        var backoff = DynamoDBBackoff()
        backoff.sleep = { duration in sleeps?.record(duration) }
        return DynamoDBBatchWriter(tableName: table.name, client: table.meta.client, overwriteByPKeys: pkeys,
                                   encoder: DynamoDBEncoder(), backoff: backoff)
    }

    @Test func flushesEvery25AndTheRestAtTheEnd() async throws {
        let transport = StubTransport.json { _, _ in ["UnprocessedItems": [:]] }
        let table = try DynamoDBTableStubTests.table(transport)
        let result = try await table.batchWriter { batch in
            for i in 0..<60 { try await batch.putItem(Item: ["id": "u\(i)", "n": i]) }
            try await batch.deleteItem(Key: ["id": "gone"])
            return "done"
        }
        #expect(result == "done")
        #expect(Self.batchSizes(transport) == [25, 25, 11])
        let last = transport.bodies.last?["RequestItems"]?["users"]?.array?.last
        #expect(last == ["DeleteRequest": ["Key": ["id": ["S": "gone"]]]])
        #expect(transport.bodies.first?["RequestItems"]?["users"]?[0] == ["PutRequest": ["Item": ["id": ["S": "u0"], "n": ["N": "0"]]]])
    }

    @Test func deduplicatesByPrimaryKeyAsBoto3() async throws {
        let transport = StubTransport.json { _, _ in ["UnprocessedItems": [:]] }
        let table = try DynamoDBTableStubTests.table(transport)
        try await table.batchWriter(overwriteByPKeys: ["id", "sk"]) { batch in
            try await batch.putItem(Item: ["id": "a", "sk": 1, "v": "first"])
            try await batch.putItem(Item: ["id": "a", "sk": 2, "v": "other"])
            try await batch.putItem(Item: ["id": "a", "sk": 1, "v": "second"])
            try await batch.deleteItem(Key: ["id": "a", "sk": 2])
        }
        let writes = transport.bodies.first?["RequestItems"]?["users"]?.array ?? []
        #expect(writes == [
            ["PutRequest": ["Item": ["id": ["S": "a"], "sk": ["N": "1"], "v": ["S": "second"]]]],
            ["DeleteRequest": ["Key": ["id": ["S": "a"], "sk": ["N": "2"]]]],
        ])
        await #expect(throws: DynamoDBTypeError.self) {
            try await table.batchWriter(overwriteByPKeys: ["id", "sk"]) { batch in try await batch.putItem(Item: ["id": "no-sk"]) }
        }
    }

    @Test func unprocessedWritesAreResentWithBackoff() async throws {
        let calls = Counter()
        // The first two responses hand back their first two writes unprocessed.
        let transport = StubTransport.json { _, body in
            let writes = body["RequestItems"]?["users"]?.array ?? []
            guard calls.increment() <= 2 else { return ["UnprocessedItems": [:]] }
            return ["UnprocessedItems": ["users": .list(Array(writes.prefix(2)))]]
        }
        let sleeps = Sleeps()
        let writer = try Self.writer(transport, sleeps: sleeps)
        try await writer.run { batch in
            for i in 0..<30 { try await batch.putItem(Item: ["id": "u\(i)"]) }
        }
        let sent = transport.bodies.flatMap { $0["RequestItems"]?["users"]?.array ?? [] }.compactMap { $0["PutRequest"]?["Item"]?["id"]?["S"]?.string }
        #expect(Set(sent) == Set((0..<30).map { "u\($0)" }))
        #expect(sent.count == 34, "4 writes were sent twice")
        let waits = sleeps.all
        #expect(waits.count == 2, "a wait before each send that follows unprocessed writes: \(waits)")
        #expect(waits.allSatisfy { $0 >= .milliseconds(25) && $0 <= .seconds(5) })
        #expect(DynamoDBBackoff().delay(attempt: 10) <= .seconds(5) && DynamoDBBackoff().delay(attempt: 10) >= .milliseconds(2500))
    }

    @Test func aFailureReportsEveryUnwrittenWrite() async throws {
        let calls = Counter()
        let transport = StubTransport { request in
            if calls.increment() == 2 {
                return HTTPResponse(statusCode: 400, headers: HTTPHeaders([("Content-Type", "application/x-amz-json-1.0")]),
                                    body: Data(#"{"__type":"com.amazon.coral.validate#ValidationException","message":"bad item"}"#.utf8))
            }
            return HTTPResponse(statusCode: 200, headers: HTTPHeaders([("Content-Type", "application/x-amz-json-1.0")]),
                                body: Data(#"{"UnprocessedItems":{}}"#.utf8))
        }
        let table = try DynamoDBTableStubTests.table(transport)
        var thrownInside = 0
        do {
            try await table.batchWriter { batch in
                for i in 0..<70 {
                    do { try await batch.putItem(Item: ["id": "u\(i)"]) } catch { thrownInside += 1 }
                }
            }
            Issue.record("the batch writer did not throw")
        } catch let error as DynamoDBBatchWriteError {
            #expect((error.underlying as? ClientError)?.code == "ValidationException")
            let ids = error.unwritten.compactMap { $0.attributes["id"]?.string }
            // Batch 1 (u0–u24) landed; batch 2 (u25–u49) failed; u50–u69 came after the failure.
            #expect(ids == (25..<70).map { "u\($0)" })
            #expect(error.closureError == nil)
            #expect("\(error)".contains("45 write(s) were not confirmed written"))
        }
        #expect(thrownInside == 21, "the failing put and every later one threw")
        #expect(Self.batchSizes(transport) == [25, 25])
    }

    @Test func theClosuresOwnErrorComesAfterTheFlush() async throws {
        struct Stop: Error {}
        let transport = StubTransport.json { _, _ in ["UnprocessedItems": [:]] }
        let table = try DynamoDBTableStubTests.table(transport)
        await #expect(throws: Stop.self) {
            try await table.batchWriter { batch in
                try await batch.putItem(Item: ["id": "kept"])
                throw Stop()
            }
        }
        #expect(Self.batchSizes(transport) == [1], "what was buffered was still written, as boto3's __exit__ does")
    }

    @Test func concurrentTasksShareOneWriter() async throws {
        let transport = StubTransport.json { _, _ in ["UnprocessedItems": [:]] }
        let table = try DynamoDBTableStubTests.table(transport)
        try await table.batchWriter { batch in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for worker in 0..<8 {
                    group.addTask {
                        for i in 0..<100 { try await batch.putItem(Item: ["id": "w\(worker)-\(i)"]) }
                    }
                }
                try await group.waitForAll()
            }
        }
        let ids = transport.bodies.flatMap { $0["RequestItems"]?["users"]?.array ?? [] }.compactMap { $0["PutRequest"]?["Item"]?["id"]?["S"]?.string }
        #expect(ids.count == 800 && Set(ids).count == 800)
        #expect(Self.batchSizes(transport).allSatisfy { $0 <= 25 } && Self.batchSizes(transport).filter { $0 == 25 }.count == 32)
    }

    @Test func codableValuesAndSequencesGoThroughTheWriter() async throws {
        struct User: Codable, Sendable { var id: String; var age: Int }
        let transport = StubTransport.json { _, _ in ["UnprocessedItems": [:]] }
        let table = try DynamoDBTableStubTests.table(transport)
        let stream = AsyncStream<User> { continuation in
            for i in 0..<3 { continuation.yield(User(id: "s\(i)", age: i)) }
            continuation.finish()
        }
        try await table.batchWriter { batch in
            try await batch.put(User(id: "one", age: 1))
            try await batch.put(contentsOf: [User(id: "a", age: 2), User(id: "b", age: 3)])
            try await batch.put(contentsOf: stream)
        }
        let ids = transport.bodies.flatMap { $0["RequestItems"]?["users"]?.array ?? [] }.compactMap { $0["PutRequest"]?["Item"]?["id"]?["S"]?.string }
        #expect(ids == ["one", "a", "b", "s0", "s1", "s2"])
    }

    @Test func aClosedWriterRefusesWrites() async throws {
        let transport = StubTransport.json { _, _ in ["UnprocessedItems": [:]] }
        let table = try DynamoDBTableStubTests.table(transport)
        let leaked = try await table.batchWriter { $0 }
        await #expect(throws: ResourceError.self) { try await leaked.putItem(Item: ["id": "late"]) }
    }
}
