import Foundation
import Testing
@testable import AWSClients

/// EventBridge (json 1.1) against moto: a custom bus, a rule with an event pattern and an SQS
/// target, PutEvents with a timestamp that arrives in the delivered event, the ListRules paginator,
/// a modeled error, and a differential run against boto3. (moto answers TestEventPattern with an empty body.)
@Suite struct EventBridgeIntegrationTests {
    @Test func routesMatchingEventsToAQueue() async throws {
        let events = try await Moto.client("events")
        let sqs = try await Moto.client("sqs")
        let name = Moto.uniqueName("orders")
        let queueURL = try #require(try await sqs.createQueue(QueueName: .string(name))["QueueUrl"]?.string)
        let queueARN = "arn:aws:sqs:us-east-1:123456789012:\(name)"

        let bus = try await events.createEventBus(Name: .string(name))
        #expect(bus["EventBusArn"]?.string == "arn:aws:events:us-east-1:123456789012:event-bus/\(name)")
        let pattern = #"{"source":["shop.orders"],"detail-type":["OrderPlaced"]}"#
        let rule = try await events.putRule(Name: "placed", EventBusName: .string(name), EventPattern: .string(pattern),
                                            State: "ENABLED", Description: "orders placed")
        #expect(rule["RuleArn"]?.string == "arn:aws:events:us-east-1:123456789012:rule/\(name)/placed")
        let targets = try await events.putTargets(Rule: "placed", EventBusName: .string(name), Targets: [["Id": "queue", "Arn": .string(queueARN)]])
        #expect(targets["FailedEntryCount"] == 0)

        // Time is a timestamp member: sent as epoch seconds, delivered in the event as ISO 8601.
        let time = Date(timeIntervalSince1970: 1_704_164_645)  // 2024-01-02T03:04:05Z
        let put = try await events.putEvents(Entries: [
            ["Source": "shop.orders", "DetailType": "OrderPlaced", "Detail": #"{"order":42,"total":9.5}"#,
             "EventBusName": .string(name), "Time": .timestamp(time), "Resources": ["arn:aws:shop:order/42"]],
            ["Source": "shop.orders", "DetailType": "OrderShipped", "Detail": "{}", "EventBusName": .string(name)],
        ])
        #expect(put["FailedEntryCount"] == 0)
        let ids = put["Entries"]?.array?.compactMap { $0["EventId"]?.string } ?? []
        #expect(ids.count == 2)

        let received = try await sqs.receiveMessage(QueueUrl: .string(queueURL), MaxNumberOfMessages: 10)
        let messages = received["Messages"]?.array ?? []
        #expect(messages.count == 1)  // only the OrderPlaced event matches the pattern
        let body = try #require(messages.first?["Body"]?.string)
        let event = try JSONValue.parse(body).document
        #expect(event["id"]?.string == ids.first)
        #expect(event["time"] == "2024-01-02T03:04:05Z")
        #expect(event["source"] == "shop.orders")
        #expect(event["detail-type"] == "OrderPlaced")
        #expect(event["detail"] == ["order": 42, "total": 9.5])
        #expect(event["resources"] == ["arn:aws:shop:order/42"])

        let described = try await events.describeRule(Name: "placed", EventBusName: .string(name))
        #expect(described["EventPattern"].flatMap { $0.string.flatMap { try? JSONValue.parse($0).document } }
                == ["source": ["shop.orders"], "detail-type": ["OrderPlaced"]])
        #expect(described["State"] == "ENABLED")
        let listedTargets = try await events.listTargetsByRule(Rule: "placed", EventBusName: .string(name))
        #expect(listedTargets["Targets"] == [["Id": "queue", "Arn": .string(queueARN)]])

        let missing = try #require(try await Moto.clientError { _ = try await events.describeRule(Name: "absent", EventBusName: .string(name)) })
        #expect(missing.code == "ResourceNotFoundException")
        #expect(missing.message == "Rule absent does not exist.")

        _ = try await events.removeTargets(Rule: "placed", EventBusName: .string(name), Ids: ["queue"])
        _ = try await events.deleteRule(Name: "placed", EventBusName: .string(name))
        _ = try await events.deleteEventBus(Name: .string(name))
        _ = try await sqs.deleteQueue(QueueUrl: .string(queueURL))
    }

    @Test func listRulesPagesAndRulesSwitchOnAndOff() async throws {
        let events = try await Moto.client("events")
        let bus = Moto.uniqueName("rules")
        _ = try await events.createEventBus(Name: .string(bus))
        let names = (0..<5).map { "rule-\($0)" }
        for name in names {
            _ = try await events.putRule(Name: .string(name), EventBusName: .string(bus), EventPattern: #"{"source":["a"]}"#)
        }
        var pages: [[String]] = []
        for try await page in events.paginator("listRules").paginate(EventBusName: .string(bus), PaginationConfig: ["PageSize": 2]) {
            pages.append(page["Rules"]?.array?.compactMap { $0["Name"]?.string } ?? [])
        }
        #expect(pages.map(\.count) == [2, 2, 1])
        #expect(pages.flatMap { $0 } == names)

        _ = try await events.disableRule(Name: "rule-1", EventBusName: .string(bus))
        #expect(try await events.describeRule(Name: "rule-1", EventBusName: .string(bus))["State"] == "DISABLED")
        _ = try await events.enableRule(Name: "rule-1", EventBusName: .string(bus))
        #expect(try await events.describeRule(Name: "rule-1", EventBusName: .string(bus))["State"] == "ENABLED")
        for name in names { _ = try await events.deleteRule(Name: .string(name), EventBusName: .string(bus)) }
        _ = try await events.deleteEventBus(Name: .string(bus))
    }

    @Test func matchesBoto3() async throws {
        let outcome = try await Boto3Replay.compare { prefix in [
            ReplayCall("events", "CreateEventBus", ["Name": .string(prefix)]),
            ReplayCall("events", "PutRule", ["Name": "r1", "EventBusName": .string(prefix), "EventPattern": #"{"source":["s"]}"#,
                                             "Description": "ü & <b>", "Tags": [["Key": "run", "Value": .string(prefix)]]]),
            ReplayCall("events", "PutRule", ["Name": "r2", "EventBusName": .string(prefix), "EventPattern": #"{"source":["t"]}"#,
                                             "State": "DISABLED"]),
            ReplayCall("events", "DescribeRule", ["Name": "r1", "EventBusName": .string(prefix)]),
            ReplayCall("events", "ListRules", ["EventBusName": .string(prefix)], pagination: ["PageSize": 1], volatile: ["[].NextToken"]),
            ReplayCall("events", "PutEvents", ["Entries": [["Source": "s", "DetailType": "d", "Detail": "{}", "EventBusName": .string(prefix),
                                                            "Time": .timestamp(Date(timeIntervalSince1970: 1_700_000_000.5))]]],
                       volatile: ["Entries[].EventId"]),
            ReplayCall("events", "DescribeRule", ["Name": "r3", "EventBusName": .string(prefix)]),
            ReplayCall("events", "DeleteRule", ["Name": "r1", "EventBusName": .string(prefix)]),
            ReplayCall("events", "DeleteRule", ["Name": "r2", "EventBusName": .string(prefix)]),
            ReplayCall("events", "DeleteEventBus", ["Name": .string(prefix)]),
        ] }
        #expect(outcome.differences.isEmpty, "Swift differs from boto3:\n\(outcome.differences.joined(separator: "\n"))")
        #expect(outcome.boto3[4].array?.count == 2)
        #expect(outcome.boto3[6]["$error"]?["Error"]?["Code"] == "ResourceNotFoundException")
    }
}
