import Foundation
import Testing
@testable import AWSClients

/// Kinesis (json 1.1) against moto: the StreamExists / StreamNotExists waiters, record data as
/// blobs both ways, arrival timestamps, the ListShards paginator, ResourceNotFoundException, and a
/// differential run against boto3.
@Suite struct KinesisIntegrationTests {
    @Test func putsAndReadsBackBinaryRecords() async throws {
        let kinesis = try await Moto.client("kinesis")
        let stream = Moto.uniqueName("events")
        _ = try await kinesis.createStream(StreamName: .string(stream), ShardCount: 2)
        #expect(kinesis.waiterNames == ["streamExists", "streamNotExists"])
        let described = try await kinesis.waiter("streamExists").wait(StreamName: .string(stream), WaiterConfig: ["Delay": 0, "MaxAttempts": 3])
        let description = try #require(described["StreamDescription"])
        #expect(description["StreamStatus"] == "ACTIVE")
        #expect(description["StreamARN"]?.string == "arn:aws:kinesis:us-east-1:123456789012:stream/\(stream)")
        #expect(description["Shards"]?.array?.count == 2)
        #expect(description["StreamCreationTimestamp"]?.date != nil)

        let before = Date()
        let payloads = [Data([0, 1, 2, 0xff]), Data("{\"n\":1}".utf8), Data(), Data(repeating: 0xab, count: 4096)]
        let first = try await kinesis.putRecord(StreamName: .string(stream), Data: .blob(payloads[0]), PartitionKey: "device-1")
        let shard = try #require(first["ShardId"]?.string)
        let batch = try await kinesis.putRecords(StreamName: .string(stream), Records: .list(payloads.dropFirst().map {
            ["Data": .blob($0), "PartitionKey": "device-1"]
        }))
        #expect(batch["FailedRecordCount"] == 0)
        // One partition key: every record lands on the first record's shard, in order.
        #expect(batch["Records"]?.array?.compactMap { $0["ShardId"]?.string } == Array(repeating: shard, count: 3))

        let iterator = try await kinesis.getShardIterator(StreamName: .string(stream), ShardId: .string(shard),
                                                          ShardIteratorType: "TRIM_HORIZON")
        let records = try await kinesis.getRecords(ShardIterator: try #require(iterator["ShardIterator"]), Limit: 10)
        let got = try #require(records["Records"]?.array)
        #expect(got.map { $0["Data"]?.data } == payloads)
        #expect(got.first?["SequenceNumber"] == first["SequenceNumber"])
        #expect(got.allSatisfy { $0["PartitionKey"] == "device-1" })
        // ApproximateArrivalTimestamp is epoch seconds with milliseconds.
        let arrivals = got.compactMap { $0["ApproximateArrivalTimestamp"]?.date }
        #expect(arrivals.count == payloads.count)
        #expect(arrivals.allSatisfy { $0.timeIntervalSince(before) > -2 && $0.timeIntervalSinceNow < 2 })
        #expect(records["NextShardIterator"]?.string?.isEmpty == false)

        _ = try await kinesis.deleteStream(StreamName: .string(stream))
        try await kinesis.waiter("streamNotExists").wait(StreamName: .string(stream), WaiterConfig: ["Delay": 0, "MaxAttempts": 3])
        let gone = try #require(try await Moto.clientError { _ = try await kinesis.describeStream(StreamName: .string(stream)) })
        #expect(gone.code == "ResourceNotFoundException")
        #expect(gone.message == "Stream \(stream) under account 123456789012 not found.")
    }

    @Test func listShardsPagesOneShardAtATime() async throws {
        let kinesis = try await Moto.client("kinesis")
        let stream = Moto.uniqueName("sharded")
        _ = try await kinesis.createStream(StreamName: .string(stream), ShardCount: 4)
        try await kinesis.waiter("streamExists").wait(StreamName: .string(stream), WaiterConfig: ["Delay": 0, "MaxAttempts": 3])
        var pages: [[String]] = []
        for try await page in kinesis.paginator("listShards").paginate(StreamName: .string(stream), PaginationConfig: ["PageSize": 1]) {
            pages.append(page["Shards"]?.array?.compactMap { $0["ShardId"]?.string } ?? [])
        }
        #expect(pages == (0..<4).map { [String(format: "shardId-%012d", $0)] })
        // The hash key ranges cover the whole 128-bit space, as decimal strings too long for any integer type.
        let ranges = try await kinesis.listShards(StreamName: .string(stream))["Shards"]?.array?.compactMap { $0["HashKeyRange"] } ?? []
        #expect(ranges.first?["StartingHashKey"] == "0")
        #expect(ranges.last?["EndingHashKey"] == "340282366920938463463374607431768211455")
        _ = try await kinesis.deleteStream(StreamName: .string(stream))
    }

    @Test func matchesBoto3() async throws {
        let data = Data([0, 0x7f, 0x80, 0xff]) + Data("ünïcode".utf8)
        let outcome = try await Boto3Replay.compare { prefix in [
            ReplayCall("kinesis", "CreateStream", ["StreamName": .string(prefix), "ShardCount": 2]),
            ReplayCall("kinesis", "DescribeStreamSummary", ["StreamName": .string(prefix)]),
            ReplayCall("kinesis", "PutRecord", ["StreamName": .string(prefix), "Data": .blob(data), "PartitionKey": "p",
                                                "ExplicitHashKey": "1"]),
            ReplayCall("kinesis", "PutRecords", ["StreamName": .string(prefix), "Records": [
                ["Data": .blob(Data("a".utf8)), "PartitionKey": "p", "ExplicitHashKey": "1"],
                // moto fails (500) on the very last hash key, 2^128 - 1; one below lands on the second shard.
                ["Data": .blob(Data()), "PartitionKey": "q", "ExplicitHashKey": "340282366920938463463374607431768211454"],
            ]]),
            ReplayCall("kinesis", "GetShardIterator", ["StreamName": .string(prefix), "ShardId": "shardId-000000000000",
                                                       "ShardIteratorType": "TRIM_HORIZON"], volatile: ["ShardIterator"]),
            ReplayCall("kinesis", "GetRecords", ["ShardIterator": ReplayCall.ref(4, "ShardIterator")], volatile: ["NextShardIterator"]),
            ReplayCall("kinesis", "ListShards", ["StreamName": .string(prefix)], pagination: ["PageSize": 1], volatile: ["[].NextToken"]),
            ReplayCall("kinesis", "AddTagsToStream", ["StreamName": .string(prefix), "Tags": ["run": .string(prefix)]]),
            ReplayCall("kinesis", "ListTagsForStream", ["StreamName": .string(prefix)]),
            ReplayCall("kinesis", "DeleteStream", ["StreamName": .string(prefix)]),
            ReplayCall("kinesis", "DescribeStream", ["StreamName": .string(prefix)]),
        ] }
        #expect(outcome.differences.isEmpty, "Swift differs from boto3:\n\(outcome.differences.joined(separator: "\n"))")
        #expect(outcome.boto3[3]["FailedRecordCount"] == 0)
        #expect(outcome.boto3[5]["Records"]?.array?.compactMap { $0["Data"] } == [["$blob": .string(data.base64EncodedString())], ["$blob": "YQ=="]])
        #expect(outcome.boto3[6].array?.count == 2)
        #expect(outcome.boto3[10]["$error"]?["Error"]?["Code"] == "ResourceNotFoundException")
    }
}
