import Foundation
import Testing
@testable import AWSClients

/// S3 waiters against moto.
@Suite struct WaiterIntegrationTests {
    static func client() async throws -> Client {
        let (session, endpoint) = try await TestClients.motoSession()
        return try session.client("s3", endpointURL: endpoint)
    }

    static func uniqueBucket() -> String { "waiter-\(UUID().uuidString.prefix(8).lowercased())" }

    @Test func bucketAndObjectWaitersSeeTheChanges() async throws {
        let s3 = try await Self.client()
        let bucket = Self.uniqueBucket()
        #expect(s3.waiterNames == ["bucketExists", "bucketNotExists", "objectExists", "objectNotExists"])
        try await s3.waiter("bucketNotExists").wait(Bucket: bucket, WaiterConfig: ["Delay": 0, "MaxAttempts": 2])
        _ = try await s3.createBucket(Bucket: bucket)
        let exists = try await s3.waiter("bucketExists").wait(Bucket: bucket, WaiterConfig: ["Delay": 0])
        #expect(exists["ResponseMetadata"]?["HTTPStatusCode"] == 200)

        _ = try await s3.putObject(Bucket: bucket, Key: "k", Body: Data("hello".utf8))
        let head = try await s3.waiter("ObjectExists").wait(Bucket: bucket, Key: "k", WaiterConfig: ["Delay": 0, "MaxAttempts": 3])
        #expect(head["ContentLength"] == 5)
        _ = try await s3.deleteObject(Bucket: bucket, Key: "k")
        try await s3.waiter("object_not_exists").wait(Bucket: bucket, Key: "k", WaiterConfig: ["Delay": 0, "MaxAttempts": 3])
    }

    @Test func aWaiterThatNeverSucceedsTimesOut() async throws {
        let s3 = try await Self.client()
        let bucket = Self.uniqueBucket()
        _ = try await s3.createBucket(Bucket: bucket)
        var waiter = try s3.waiter("objectExists")
        let delays = DelayLog()
        waiter.sleep = { seconds in await delays.append(seconds) }
        let error = await #expect(throws: WaiterError.self) {
            try await waiter.wait(Bucket: bucket, Key: "never-written", WaiterConfig: ["MaxAttempts": 2])
        }
        #expect(error?.code == .maxAttemptsExceeded)
        #expect(error?.description == "Waiter ObjectExists failed: Max attempts exceeded. Previously accepted state: Matched expected HTTP status code: 404")
        #expect(error?.lastResponse?["ResponseMetadata"]?["HTTPStatusCode"] == 404)
        #expect(await delays.values == [5])

        // Delay 0 through WaiterConfig needs no hook.
        let quick = await #expect(throws: WaiterError.self) {
            try await s3.waiter("bucketExists").wait(Bucket: Self.uniqueBucket(), WaiterConfig: ["Delay": 0, "MaxAttempts": 2])
        }
        #expect(quick?.code == .maxAttemptsExceeded)
    }

    actor DelayLog {
        var values: [Double] = []
        func append(_ value: Double) { values.append(value) }
    }
}
