import Testing
@testable import AWSResources
import AWSTesting

/// Lazy loading: once, cached, shared by copies and concurrent readers, reset by actions.
@Suite struct ResourceLoadTests {
    static let queueURL = "http://127.0.0.1:1/123456789012/jobs"

    static func stub(loads: Counter) -> StubTransport {
        StubTransport.json { operation, body in
            guard operation == "GetQueueAttributes" else { return [:] }
            #expect(body == ["QueueUrl": .string(queueURL), "AttributeNames": ["All"]])
            let n = loads.increment()
            return ["Attributes": ["DelaySeconds": .string("\(n)")]]
        }
    }

    @Test func attributesLoadOnceThenCache() async throws {
        let loads = Counter()
        let queue = try TestResources.resource("sqs", transport: Self.stub(loads: loads)).subresource("Queue", Self.queueURL)
        #expect(queue.meta.data == nil)
        #expect(try await queue.attribute("Attributes") == ["DelaySeconds": "1"])
        #expect(try await queue.attributes.value == ["DelaySeconds": "1"])
        #expect(loads.count == 1)
        #expect(queue.meta.data?["Attributes"] == ["DelaySeconds": "1"])
    }

    @Test func concurrentFirstReadsShareOneLoad() async throws {
        let loads = Counter()
        let queue = try TestResources.resource("sqs", transport: Self.stub(loads: loads)).subresource("Queue", Self.queueURL)
        let values = try await withThrowingTaskGroup(of: Document?.self) { group in
            for _ in 0..<32 {
                let copy = queue
                group.addTask { try await copy.attribute("Attributes") }
            }
            return try await group.reduce(into: [Document?]()) { $0.append($1) }
        }
        #expect(loads.count == 1)
        #expect(values.count == 32)
        #expect(values.allSatisfy { $0 == ["DelaySeconds": "1"] })
    }

    @Test func loadAndReloadAlwaysRequest() async throws {
        let loads = Counter()
        let queue = try TestResources.resource("sqs", transport: Self.stub(loads: loads)).subresource("Queue", Self.queueURL)
        try await queue.load()
        try await queue.reload()
        #expect(loads.count == 2)
        #expect(try await queue.attribute("Attributes") == ["DelaySeconds": "2"])
        #expect(loads.count == 2)
    }

    @Test func actionsForgetTheData() async throws {
        let loads = Counter()
        let queue = try TestResources.resource("sqs", transport: Self.stub(loads: loads)).subresource("Queue", Self.queueURL)
        _ = try await queue.attribute("Attributes")
        _ = try await queue.action("SetAttributes", ["Attributes": ["DelaySeconds": "5"]])
        #expect(queue.meta.data == nil)
        #expect(try await queue.attribute("Attributes") == ["DelaySeconds": "2"])
        #expect(loads.count == 2)
    }

    @Test func resourceWithoutLoadOrDataSaysWhereDataComesFrom() async throws {
        let message = try TestResources.resource("sqs", transport: Self.stub(loads: Counter())).subresource("Message", Self.queueURL, "r1")
        do {
            _ = try await message.attribute("Body")
            Issue.record("an attribute was read without data")
        } catch let error as ResourceError {
            #expect(error.code == .cannotLoad)
            #expect(error.message.contains("sqs.Message(queue_url='\(Self.queueURL)', receipt_handle='r1') has no load method"))
            #expect(error.message.contains("Queue.receiveMessages()"))
        }
        await #expect(throws: ResourceError.self) { try await message.load() }
    }
}
