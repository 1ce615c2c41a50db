import Foundation
import Synchronization
import Testing
@testable import AWSClients
import AWSTesting

@Suite struct WaiterTests {
    /// Records the delays a waiter asks for instead of sleeping.
    final class SleepRecorder: Sendable {
        private let delays = Mutex<[Double]>([])
        var recorded: [Double] { delays.withLock { $0 } }
        var sleep: @Sendable (Double) async throws -> Void { { [self] seconds in delays.withLock { $0.append(seconds) } } }
    }

    static func waiter(_ client: Client, _ name: String, recorder: SleepRecorder) throws -> Waiter {
        var waiter = try client.waiter(name)
        waiter.sleep = recorder.sleep
        return waiter
    }

    @Test func waiterNamesAreLowerCamelAndSorted() throws {
        let s3 = try TestClients.client("s3", transport: StubTransport { _ in HTTPResponse(statusCode: 500) })
        #expect(s3.waiterNames == ["bucketExists", "bucketNotExists", "objectExists", "objectNotExists"])
        let dynamodb = try TestClients.client("dynamodb", transport: StubTransport { _ in HTTPResponse(statusCode: 500) })
        #expect(dynamodb.waiterNames.contains("tableExists"))
        #expect(dynamodb.waiterNames == dynamodb.waiterNames.sorted())
        let sts = try TestClients.client("sts", transport: StubTransport { _ in HTTPResponse(statusCode: 500) })
        #expect(sts.waiterNames == [])
    }

    @Test(arguments: ["bucketExists", "BucketExists", "bucket_exists"])
    func waitersTakeAnySpelling(_ name: String) throws {
        let s3 = try TestClients.client("s3", transport: StubTransport { _ in HTTPResponse(statusCode: 500) })
        let waiter = try s3.waiter(name)
        #expect(waiter.name == "BucketExists")
        #expect(waiter.operationName == "HeadBucket")
        #expect(waiter.delay == 5)
        #expect(waiter.maxAttempts == 20)
        #expect(waiter.acceptors.map(\.state) == [.success, .success, .success, .retry])
    }

    @Test func unknownWaitersSuggestCloseNames() throws {
        let s3 = try TestClients.client("s3", transport: StubTransport { _ in HTTPResponse(statusCode: 500) })
        let error = #expect(throws: WaiterError.self) { try s3.waiter("bucketExist") }
        #expect(error?.code == .unknownWaiter)
        #expect(error?.suggestions.first == "bucketExists")
        #expect(error?.description.hasPrefix("Waiter does not exist: bucketExist") == true)
    }

    @Test func statusRetriesUntilSuccessSleepingTheModelDelay() async throws {
        let transport = StubTransport(responses: [PaginatorStubs.status(404), PaginatorStubs.status(404), PaginatorStubs.status(200)])
        let s3 = try TestClients.client("s3", transport: transport)
        let recorder = SleepRecorder()
        let response = try await Self.waiter(s3, "bucketExists", recorder: recorder).wait(Bucket: "b")
        #expect(response["ResponseMetadata"]?["HTTPStatusCode"] == 200)
        #expect(transport.requests.count == 3)
        #expect(transport.requests.allSatisfy { $0.method == "HEAD" })
        #expect(recorder.recorded == [5, 5])
    }

    @Test func maxAttemptsExceededNamesThePreviouslyAcceptedState() async throws {
        let transport = StubTransport(responses: [PaginatorStubs.status(404)])
        let s3 = try TestClients.client("s3", transport: transport)
        let recorder = SleepRecorder()
        let waiter = try Self.waiter(s3, "objectExists", recorder: recorder)
        let error = await #expect(throws: WaiterError.self) {
            try await waiter.wait(Bucket: "b", Key: "k", WaiterConfig: ["Delay": 1, "MaxAttempts": 3])
        }
        #expect(error?.code == .maxAttemptsExceeded)
        #expect(error?.description == "Waiter ObjectExists failed: Max attempts exceeded. Previously accepted state: Matched expected HTTP status code: 404")
        #expect(error?.lastResponse?["ResponseMetadata"]?["HTTPStatusCode"] == 404)
        #expect(error?.clientError?.code == "404")
        #expect(transport.requests.count == 3)
        #expect(recorder.recorded == [1, 1])
    }

    @Test func successOnTheFirstAttemptDoesNotSleep() async throws {
        let transport = StubTransport(responses: [PaginatorStubs.status(404)])
        let s3 = try TestClients.client("s3", transport: transport)
        let recorder = SleepRecorder()
        try await Self.waiter(s3, "objectNotExists", recorder: recorder).wait(["Bucket": "b", "Key": "k"])
        #expect(transport.requests.count == 1)
        #expect(recorder.recorded.isEmpty)
    }

    @Test func errorsNoAcceptorExpectsStopAtOnce() async throws {
        let transport = StubTransport(responses: [PaginatorStubs.status(403)])
        let s3 = try TestClients.client("s3", transport: transport)
        let recorder = SleepRecorder()
        let error = await #expect(throws: WaiterError.self) {
            try await Self.waiter(s3, "bucketNotExists", recorder: recorder).wait(Bucket: "b")
        }
        #expect(error?.code == .unexpectedError)
        #expect(error?.description == "Waiter BucketNotExists failed: An error occurred (403): Forbidden")
        #expect(error?.clientError?.statusCode == 403)
        #expect(transport.requests.count == 1)
        #expect(recorder.recorded.isEmpty)
    }

    static func describeExport(_ status: String) -> HTTPResponse {
        PaginatorStubs.json(#"{"ExportDescription":{"ExportArn":"arn:x","ExportStatus":"\#(status)"}}"#)
    }

    @Test func aFailureAcceptorStopsWithItsExplanation() async throws {
        let transport = StubTransport(responses: [Self.describeExport("IN_PROGRESS"), Self.describeExport("FAILED")])
        let dynamodb = try TestClients.client("dynamodb", transport: transport)
        let recorder = SleepRecorder()
        let error = await #expect(throws: WaiterError.self) {
            try await Self.waiter(dynamodb, "exportCompleted", recorder: recorder).wait(ExportArn: "arn:aws:dynamodb:us-east-1:123456789012:table/t/export/01695300000000-abcdef12")
        }
        #expect(error?.code == .failureState)
        #expect(error?.description == #"Waiter ExportCompleted failed: Waiter encountered a terminal failure state: For expression "ExportDescription.ExportStatus" we matched expected path: "FAILED""#)
        #expect(error?.lastResponse?["ExportDescription"]?["ExportStatus"] == "FAILED")
        #expect(error?.clientError == nil)
        #expect(recorder.recorded == [20])
    }

    @Test func errorAcceptorsRetryAndSucceedOnCodes() async throws {
        let notFound = PaginatorStubs.json(#"{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException","message":"no table"}"#, status: 400)
        let active = PaginatorStubs.json(#"{"Table":{"TableName":"t","TableStatus":"ACTIVE"}}"#)
        let transport = StubTransport(responses: [notFound, active])
        let dynamodb = try TestClients.client("dynamodb", transport: transport)
        let recorder = SleepRecorder()
        let table = try await Self.waiter(dynamodb, "table_exists", recorder: recorder).wait(TableName: "t")
        #expect(table["Table"]?["TableStatus"] == "ACTIVE")
        #expect(transport.requests.count == 2)

        let gone = StubTransport(responses: [notFound])
        let client = try TestClients.client("dynamodb", transport: gone)
        let response = try await Self.waiter(client, "TableNotExists", recorder: recorder).wait(TableName: "t")
        #expect(response["Error"]?["Code"] == "ResourceNotFoundException")
        #expect(gone.requests.count == 1)
    }

    /// A DescribeTable waiter with acceptors the bundled models do not combine.
    static func customWaiter(_ client: Client, acceptors: String, maxAttempts: Int = 3, recorder: SleepRecorder) throws -> Waiter {
        let json = #"{"operation":"DescribeTable","delay":2,"maxAttempts":\#(maxAttempts),"acceptors":\#(acceptors)}"#
        let configuration = try WaiterConfiguration(name: "Custom", definition: try JSONValue.parse(json))
        var waiter = Waiter(client: client, operation: try client.meta.serviceModel.operation("DescribeTable"), configuration: configuration)
        waiter.sleep = recorder.sleep
        return waiter
    }

    @Test func errorTrueAndFalseMatchAnyErrorAndNoError() async throws {
        let throttled = PaginatorStubs.json(#"{"__type":"ValidationException","message":"nope"}"#, status: 400)
        let fine = PaginatorStubs.json(#"{"Table":{"TableName":"t"}}"#)
        let recorder = SleepRecorder()

        let anyError = try TestClients.client("dynamodb", transport: StubTransport(responses: [throttled]))
        let failing = try Self.customWaiter(anyError, acceptors: #"[{"state":"failure","matcher":"error","expected":true}]"#, recorder: recorder)
        let failure = await #expect(throws: WaiterError.self) { try await failing.wait(TableName: "t") }
        #expect(failure?.code == .failureState)
        #expect(failure?.reason == "Waiter encountered a terminal failure state: Matched expected service error code: True")
        #expect(failure?.clientError?.code == "ValidationException")

        let transport = StubTransport(responses: [throttled, fine])
        let noError = try TestClients.client("dynamodb", transport: transport)
        let waiting = try Self.customWaiter(noError, acceptors: #"""
            [{"state":"success","matcher":"error","expected":false},{"state":"retry","matcher":"error","expected":true}]
            """#, recorder: recorder)
        try await waiting.wait(TableName: "t")
        #expect(transport.requests.count == 2)
    }

    @Test func maxAttemptsWithoutAnyMatchSaysSoPlainly() async throws {
        let transport = StubTransport(responses: [PaginatorStubs.json(#"{"Table":{"TableStatus":"UPDATING"}}"#)])
        let client = try TestClients.client("dynamodb", transport: transport)
        let recorder = SleepRecorder()
        let waiter = try Self.customWaiter(client, acceptors: #"[{"state":"success","matcher":"path","argument":"Table.TableStatus","expected":"ACTIVE"}]"#,
                                           maxAttempts: 2, recorder: recorder)
        let error = await #expect(throws: WaiterError.self) { try await waiter.wait(TableName: "t") }
        #expect(error?.description == "Waiter Custom failed: Max attempts exceeded")
        #expect(recorder.recorded == [2])
    }

    @Test func theMaxAttemptsReasonExplainsTheAcceptorBotocoresLoopEndedOn() async throws {
        // botocore names the acceptor its loop variable holds: after a retry match and then no
        // match, that is the last acceptor in the list (checked against botocore 1.43.11).
        let transport = StubTransport(responses: [PaginatorStubs.json(#"{"Table":{"TableStatus":"CREATING"}}"#),
                                                  PaginatorStubs.json(#"{"Table":{"TableStatus":"UPDATING"}}"#)])
        let client = try TestClients.client("dynamodb", transport: transport)
        let recorder = SleepRecorder()
        let waiter = try Self.customWaiter(client, acceptors: #"""
            [{"state":"retry","matcher":"path","argument":"Table.TableStatus","expected":"CREATING"},
             {"state":"success","matcher":"path","argument":"Table.TableStatus","expected":"ACTIVE"},
             {"state":"failure","matcher":"pathAny","argument":"Table.Replicas[].ReplicaStatus","expected":"FAILED"}]
            """#, recorder: recorder)
        let error = await #expect(throws: WaiterError.self) { try await waiter.wait(TableName: "t", WaiterConfig: ["MaxAttempts": 3]) }
        #expect(error?.description == #"Waiter Custom failed: Max attempts exceeded. Previously accepted state: For expression "Table.Replicas[].ReplicaStatus" we matched expected path: "FAILED" at least once"#)
        #expect(transport.requests.count == 3)
    }

    @Test func badWaiterConfigsFailBeforeAnyRequest() async throws {
        let transport = StubTransport(responses: [PaginatorStubs.status(200)])
        let s3 = try TestClients.client("s3", transport: transport)
        let waiter = try s3.waiter("bucketExists")
        let unknown = await #expect(throws: WaiterError.self) { try await waiter.wait(Bucket: "b", WaiterConfig: ["MaxAttempt": 1]) }
        #expect(unknown?.code == .invalidConfig)
        #expect(unknown?.suggestions == ["MaxAttempts"])
        await #expect(throws: WaiterError.self) { try await waiter.wait(Bucket: "b", WaiterConfig: ["Delay": "soon"]) }
        await #expect(throws: ParamValidationError.self) { try await waiter.wait("b") }
        #expect(transport.requests.isEmpty)
    }

    @Test func cancellationInterruptsTheSleep() async throws {
        let s3 = try TestClients.client("s3", transport: StubTransport(responses: [PaginatorStubs.status(404)]))
        var waiter = try s3.waiter("bucketExists")
        waiter.sleep = { _ in
            withUnsafeCurrentTask { $0?.cancel() }
            try Task.checkCancellation()
        }
        let task = Task { [waiter] in try await waiter.wait(Bucket: "b") }
        await #expect(throws: CancellationError.self) { _ = try await task.value }
    }
}
