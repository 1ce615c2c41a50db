import Foundation
import Testing
@testable import AWSClients

/// CloudWatch Logs (json 1.1) against moto: groups, streams and events with millisecond
/// timestamps (longs in this API), the FilterLogEvents and DescribeLogGroups paginators,
/// ResourceNotFoundException, and a differential run against boto3.
@Suite struct CloudWatchLogsIntegrationTests {
    @Test func writesReadsAndFiltersEvents() async throws {
        let logs = try await Moto.client("logs")
        let group = "/app/" + Moto.uniqueName("service")
        _ = try await logs.createLogGroup(logGroupName: .string(group), tags: ["team": "sdk"])
        _ = try await logs.putRetentionPolicy(logGroupName: .string(group), retentionInDays: 7)
        _ = try await logs.createLogStream(logGroupName: .string(group), logStreamName: "web-1")

        let start = Int(Date().timeIntervalSince1970 * 1000)
        let messages = ["GET /index 200", "GET /missing 404", "POST /login 200", "GET /admin 403", "GET /health 200"]
        let put = try await logs.putLogEvents(logGroupName: .string(group), logStreamName: "web-1", logEvents: .list(
            messages.enumerated().map { ["timestamp": .int(start + $0), "message": .string($1)] }))
        #expect(put["nextSequenceToken"]?.string?.isEmpty == false)

        let head = try await logs.getLogEvents(logGroupName: .string(group), logStreamName: "web-1", startFromHead: true, limit: 2)
        #expect(head["events"]?.array?.compactMap { $0["message"]?.string } == Array(messages.prefix(2)))
        #expect(head["events"]?[0]?["timestamp"]?.int == start)
        #expect(head["nextForwardToken"]?.string?.hasPrefix("f/") == true)

        #expect(logs.canPaginate("filterLogEvents"))
        var pages: [[String]] = []
        for try await page in logs.paginator("filterLogEvents").paginate(logGroupName: .string(group), filterPattern: #""200""#,
                                                                        PaginationConfig: ["PageSize": 2]) {
            pages.append(page["events"]?.array?.compactMap { $0["message"]?.string } ?? [])
        }
        #expect(pages.flatMap { $0 } == messages.filter { $0.hasSuffix("200") })
        #expect(pages.count == 2)

        let window = try await logs.filterLogEvents(logGroupName: .string(group), startTime: .int(start + 1), endTime: .int(start + 3))
        #expect(window["events"]?.array?.compactMap { $0["message"]?.string } == Array(messages[1...3]))

        let streams = try await logs.describeLogStreams(logGroupName: .string(group))
        #expect(streams["logStreams"]?[0]?["firstEventTimestamp"]?.int == start)
        #expect(streams["logStreams"]?[0]?["lastEventTimestamp"]?.int == start + messages.count - 1)

        _ = try await logs.deleteLogGroup(logGroupName: .string(group))
        let gone = try #require(try await Moto.clientError {
            _ = try await logs.getLogEvents(logGroupName: .string(group), logStreamName: "web-1")
        })
        #expect(gone.code == "ResourceNotFoundException")
        #expect(gone.message == "The specified log group does not exist.")
    }

    @Test func describeLogGroupsPagesThroughAPrefix() async throws {
        let logs = try await Moto.client("logs")
        let prefix = "/" + Moto.uniqueName("groups")
        let groups = (0..<3).map { "\(prefix)/g\($0)" }
        for group in groups { _ = try await logs.createLogGroup(logGroupName: .string(group)) }
        var pages: [[String]] = []
        for try await page in logs.paginator("describeLogGroups").paginate(logGroupNamePrefix: .string(prefix), PaginationConfig: ["PageSize": 1]) {
            pages.append(page["logGroups"]?.array?.compactMap { $0["logGroupName"]?.string } ?? [])
        }
        #expect(pages == groups.map { [$0] })
        let described = try await logs.describeLogGroups(logGroupNamePrefix: .string(prefix))
        let first = try #require(described["logGroups"]?[0])
        // creationTime is a long of milliseconds, not a timestamp shape: it stays a number.
        let created = try #require(first["creationTime"]?.int)
        #expect(abs(Double(created) / 1000 - Date().timeIntervalSince1970) < 120)
        #expect(first["arn"]?.string == "arn:aws:logs:us-east-1:123456789012:log-group:\(groups[0]):*")
        for group in groups { _ = try await logs.deleteLogGroup(logGroupName: .string(group)) }
    }

    @Test func matchesBoto3() async throws {
        let start = Int(Date().timeIntervalSince1970 * 1000)
        let outcome = try await Boto3Replay.compare { prefix in [
            ReplayCall("logs", "CreateLogGroup", ["logGroupName": .string("/\(prefix)"), "tags": ["run": .string(prefix)]]),
            ReplayCall("logs", "CreateLogStream", ["logGroupName": .string("/\(prefix)"), "logStreamName": "s"]),
            ReplayCall("logs", "PutLogEvents", ["logGroupName": .string("/\(prefix)"), "logStreamName": "s", "logEvents": .list(
                ["one", "two \"quoted\"", "three\nlines", "four ✓"].enumerated().map { ["timestamp": .int(start + $0), "message": .string($1)] })]),
            ReplayCall("logs", "GetLogEvents", ["logGroupName": .string("/\(prefix)"), "logStreamName": "s", "startFromHead": true],
                       volatile: ["events[].ingestionTime"]),
            ReplayCall("logs", "FilterLogEvents", ["logGroupName": .string("/\(prefix)"), "startTime": .int(start)], pagination: ["PageSize": 3],
                       volatile: ["[].events[].ingestionTime", "[].events[].eventId", "[].nextToken"]),
            ReplayCall("logs", "DescribeLogStreams", ["logGroupName": .string("/\(prefix)")],
                       volatile: ["logStreams[].creationTime", "logStreams[].lastIngestionTime"]),
            ReplayCall("logs", "ListTagsLogGroup", ["logGroupName": .string("/\(prefix)")]),
            ReplayCall("logs", "DeleteLogGroup", ["logGroupName": .string("/\(prefix)")]),
            ReplayCall("logs", "DeleteLogGroup", ["logGroupName": .string("/\(prefix)")]),
        ] }
        #expect(outcome.differences.isEmpty, "Swift differs from boto3:\n\(outcome.differences.joined(separator: "\n"))")
        #expect(outcome.boto3[3]["events"]?.array?.count == 4)
        #expect(outcome.boto3[4].array?.count == 2)
        #expect(outcome.boto3[8]["$error"]?["Error"]?["Code"] == "ResourceNotFoundException")
    }
}
