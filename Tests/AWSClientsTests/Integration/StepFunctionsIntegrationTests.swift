import Foundation
import Testing
@testable import AWSClients

/// Step Functions (json 1.0) against moto: state machines with JSON definitions in strings,
/// executions, timestamps, the ListExecutions and ListStateMachines paginators, modeled errors,
/// and a differential run against boto3.
@Suite struct StepFunctionsIntegrationTests {
    static let role = "arn:aws:iam::123456789012:role/step-functions"
    static let definition = #"{"Comment":"greets","StartAt":"Greet","States":{"Greet":{"Type":"Pass","Result":{"greeting":"hello"},"End":true}}}"#

    @Test func createsRunsAndStopsExecutions() async throws {
        let sfn = try await Moto.client("stepfunctions")
        let name = Moto.uniqueName("machine")
        let created = try await sfn.createStateMachine(name: .string(name), definition: .string(Self.definition), roleArn: .string(Self.role),
                                                       type: "STANDARD", tags: [["key": "team", "value": "sdk"]])
        let arn = try #require(created["stateMachineArn"]?.string)
        #expect(arn == "arn:aws:states:us-east-1:123456789012:stateMachine:\(name)")
        let creationDate = try #require(created["creationDate"]?.date)
        #expect(abs(creationDate.timeIntervalSinceNow) < 120)

        let described = try await sfn.describeStateMachine(stateMachineArn: .string(arn))
        #expect(described["definition"]?.string == Self.definition)
        #expect(described["status"] == "ACTIVE")
        #expect(described["creationDate"]?.date == creationDate)

        var executions: [String] = []
        for index in 0..<3 {
            let started = try await sfn.startExecution(stateMachineArn: .string(arn), name: .string("run-\(index)"),
                                                       input: .string(#"{"index":\#(index)}"#))
            executions.append(try #require(started["executionArn"]?.string))
            #expect(started["startDate"]?.date != nil)
        }
        #expect(executions[0] == "arn:aws:states:us-east-1:123456789012:execution:\(name):run-0")
        let execution = try await sfn.describeExecution(executionArn: .string(executions[1]))
        #expect(execution["input"]?.string == #"{"index":1}"#)
        #expect(execution["stateMachineArn"]?.string == arn)

        var pages: [[String]] = []
        for try await page in sfn.paginator("listExecutions").paginate(stateMachineArn: .string(arn), PaginationConfig: ["PageSize": 2]) {
            pages.append(page["executions"]?.array?.compactMap { $0["name"]?.string } ?? [])
        }
        #expect(pages.map(\.count) == [2, 1])
        #expect(pages.flatMap { $0 }.sorted() == ["run-0", "run-1", "run-2"])

        let duplicate = try #require(try await Moto.clientError {
            _ = try await sfn.startExecution(stateMachineArn: .string(arn), name: "run-0", input: "{}")
        })
        #expect(duplicate.code == "ExecutionAlreadyExists")
        #expect(duplicate.message == "Execution Already Exists: '\(executions[0])'")

        let stopped = try await sfn.stopExecution(executionArn: .string(executions[2]), error: "Cancelled", cause: "test over")
        #expect(stopped["stopDate"]?.date != nil)
        #expect(try await sfn.describeExecution(executionArn: .string(executions[2]))["status"] == "ABORTED")

        _ = try await sfn.deleteStateMachine(stateMachineArn: .string(arn))
        let gone = try #require(try await Moto.clientError { _ = try await sfn.describeStateMachine(stateMachineArn: .string(arn)) })
        #expect(gone.code == "StateMachineDoesNotExist")
        #expect(gone.statusCode == 400)
    }

    @Test func listStateMachinesFindsEveryMachine() async throws {
        let sfn = try await Moto.client("stepfunctions")
        let prefix = Moto.uniqueName("listed")
        var arns: [String] = []
        for index in 0..<3 {
            let created = try await sfn.createStateMachine(name: .string("\(prefix)-\(index)"), definition: .string(Self.definition),
                                                           roleArn: .string(Self.role))
            arns.append(try #require(created["stateMachineArn"]?.string))
        }
        var found: [String] = []
        // One large page: other tests delete their machines meanwhile, and moto's next token names the next machine,
        // so small pages over the whole account could end in InvalidToken. ListExecutions above pages for real.
        for try await machine in sfn.paginator("listStateMachines").paginate(PaginationConfig: ["PageSize": 1000]).search("stateMachines[]") {
            if let name = machine["name"]?.string, name.hasPrefix(prefix) {
                found.append(name)
                #expect(machine["creationDate"]?.date != nil)
                #expect(machine["stateMachineArn"]?.string.map(arns.contains) == true)
            }
        }
        #expect(found.sorted() == (0..<3).map { "\(prefix)-\($0)" })
        for arn in arns { _ = try await sfn.deleteStateMachine(stateMachineArn: .string(arn)) }
    }

    @Test func matchesBoto3() async throws {
        let outcome = try await Boto3Replay.compare { prefix in [
            ReplayCall("stepfunctions", "CreateStateMachine", ["name": .string(prefix), "definition": .string(Self.definition),
                                                               "roleArn": .string(Self.role), "tags": [["key": "run", "value": .string(prefix)]]]),
            ReplayCall("stepfunctions", "DescribeStateMachine", ["stateMachineArn": ReplayCall.ref(0, "stateMachineArn")]),
            ReplayCall("stepfunctions", "StartExecution", ["stateMachineArn": ReplayCall.ref(0, "stateMachineArn"), "name": "first",
                                                           "input": #"{"ü": [1, 2.5, null]}"#]),
            ReplayCall("stepfunctions", "DescribeExecution", ["executionArn": ReplayCall.ref(2, "executionArn")]),
            // moto's history is canned, with fixed timestamps in 2020: compared to the microsecond.
            ReplayCall("stepfunctions", "GetExecutionHistory", ["executionArn": ReplayCall.ref(2, "executionArn")], exactTimestamps: true),
            ReplayCall("stepfunctions", "ListExecutions", ["stateMachineArn": ReplayCall.ref(0, "stateMachineArn")], pagination: ["PageSize": 1]),
            ReplayCall("stepfunctions", "StartExecution", ["stateMachineArn": ReplayCall.ref(0, "stateMachineArn"), "name": "first"]),
            ReplayCall("stepfunctions", "ListTagsForResource", ["resourceArn": ReplayCall.ref(0, "stateMachineArn")]),
            ReplayCall("stepfunctions", "DeleteStateMachine", ["stateMachineArn": ReplayCall.ref(0, "stateMachineArn")]),
        ] }
        #expect(outcome.differences.isEmpty, "Swift differs from boto3:\n\(outcome.differences.joined(separator: "\n"))")
        #expect(outcome.boto3[4]["events"]?[0]?["timestamp"] == ["$timestamp": "2020-01-01T00:00:00.000000Z"])
        #expect(outcome.boto3[6]["$error"]?["Error"]?["Code"] == "ExecutionAlreadyExists")
    }
}
