import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// Response values no real service sends (timestamps far out of range, impossible statuses) are
/// catchable errors, as in botocore, never a value that later traps the process when printed.
@Suite struct HostileResponseValueTests {
    @Test func iamTimestampOutOfRangeIsAParseError() async throws {
        let body = """
            <ListUsersResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListUsersResult><IsTruncated>false</IsTruncated>
            <Users><member><Path>/</Path><UserName>u</UserName><UserId>AIDA1</UserId><Arn>arn:aws:iam::1:user/u</Arn>
            <CreateDate>1e300</CreateDate></member></Users></ListUsersResult></ListUsersResponse>
            """
        let iam = try Self.client("iam", Canned.xml(200, body))
        let error = await #expect(throws: ProtocolError.self) { _ = try await iam.listUsers() }
        #expect(error?.description.contains("1e300") == true, "\(String(describing: error))")
    }

    @Test func s3LastModifiedOutOfRangeIsAParseError() async throws {
        let s3 = try Self.client("s3", HTTPResponse(statusCode: 200, headers: ["Last-Modified": "1e300", "Content-Length": "0"]))
        _ = await #expect(throws: ProtocolError.self) { _ = try await s3.headObject(Bucket: "b", Key: "k") }
    }

    @Test(arguments: ["1e400", "-1e300", "1e17", "253402300800"])
    func jsonTimestampOutOfRangeIsAParseError(number: String) async throws {
        let body = #"{"Table": {"TableName": "t", "CreationDateTime": \#(number)}}"#
        let dynamodb = try Self.client("dynamodb", Canned.json(200, body))
        _ = await #expect(throws: ProtocolError.self) { _ = try await dynamodb.describeTable(TableName: "t") }
    }

    @Test func jsonTimestampAtTheEdgesOfTheRangeParses() async throws {
        let body = #"{"Table": {"TableName": "t", "CreationDateTime": 253402300799}}"#
        let dynamodb = try Self.client("dynamodb", Canned.json(200, body))
        let output = try await dynamodb.describeTable(TableName: "t")
        #expect(output["Table"]?["CreationDateTime"]?.date.map { TimestampFormat.iso8601.format($0) } == "9999-12-31T23:59:59Z")
    }

    @Test func cborTaggedTimestampListOutOfRangeIsAParseError() async throws {
        var encoder = CBOREncoder()
        encoder.beginMap(count: 1)
        encoder.encodeText("MetricDataResults")
        encoder.beginArray(count: 1)
        encoder.beginMap(count: 2)
        encoder.encodeText("Id")
        encoder.encodeText("m1")
        encoder.encodeText("Timestamps")
        encoder.beginArray(count: 1)
        encoder.encodeTag(1)
        encoder.encode(.float64(1e300))
        let response = HTTPResponse(statusCode: 200, headers: ["Content-Type": "application/cbor", "smithy-protocol": "rpc-v2-cbor"],
                                    body: Data(encoder.bytes))
        let cloudwatch = try Self.client("cloudwatch", response)
        let error = await #expect(throws: ProtocolError.self) {
            _ = try await cloudwatch.getMetricData(MetricDataQueries: [["Id": "m1", "Expression": "1"]],
                                                   StartTime: Date(timeIntervalSince1970: 0), EndTime: Date(timeIntervalSince1970: 60))
        }
        #expect(error?.description.contains("Timestamps") == true, "\(String(describing: error))")
    }

    @Test(arguments: ["1e300", "-1e300", "inf", "nan", "0000-01-01T00:00:00Z", "10000-01-01T00:00:00Z",
                      "Sun, 06 Nov 99999999999999999 08:49:37 GMT", "Sun, 99999999999999999 Nov 1994 08:49:37 GMT",
                      "Sun, 06 Nov 1994 99999999999999999:49:37 GMT", "Sun, 06 Nov 1994 -1:49:37 GMT"])
    func unparseableTimestampsAreNil(text: String) {
        #expect(TimestampFormat.parse(text) == nil)
    }

    @Test(arguments: [1e300, -1e300, Double.infinity, -Double.infinity, Double.nan, 1e16, -1e16])
    func formattingAnyDateNeverTraps(seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        for format in TimestampFormat.allCases {
            #expect(!format.format(date).isEmpty)
            #expect(!format.format(date, precision: .millisecond).isEmpty)
        }
        #expect(!TimestampFormat.amzDate(date).isEmpty)
        #expect(!Document.timestamp(date).description.isEmpty)
    }

    @Test func anOutOfRangeDateParameterIsAValidationError() async throws {
        let stub = StubTransport(responses: [Canned.json(200, "{}")])
        let dynamodb = try TestClients.client("dynamodb", transport: stub)
        let error = await #expect(throws: ParamValidationError.self) {
            _ = try await dynamodb.listBackups(TimeRangeLowerBound: Date(timeIntervalSince1970: 1e300))
        }
        #expect(error?.description.contains("valid range: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z") == true,
                "\(String(describing: error))")
        #expect(stub.requests.isEmpty)
    }

    @Test(arguments: [0, -1, 99, 150, 1000, Int.max, Int.min])
    func anImpossibleStatusIsATransportErrorRetriedNeverASuccess(status: Int) async throws {
        let stub = StubTransport { _ in HTTPResponse(statusCode: status, body: Data("<ok/>".utf8)) }
        let sleeps = FactoryClients.SleepRecorder()
        let s3 = try FactoryClients.client("s3", transport: stub, config: Config(retries: RetryConfig(mode: .standard)), sleeps: sleeps)
        let error = await #expect(throws: HTTPTransportError.self) { _ = try await s3.putObject(Bucket: "b", Key: "k") }
        #expect(error?.code == .connectionClosed)
        #expect(error?.description.contains("status \(status)") == true, "\(String(describing: error))")
        #expect(stub.requests.count == 3)
    }

    @Test func anImpossibleStatusOnAStreamingCallIsATransportError() async throws {
        let stub = StubTransport { _ in HTTPResponse(statusCode: 0, body: Data("data".utf8)) }
        let s3 = try TestClients.client("s3", transport: stub, config: Config(retries: RetryConfig(totalMaxAttempts: 1)))
        _ = await #expect(throws: HTTPTransportError.self) { _ = try await s3.callStreaming("GetObject", ["Bucket": "b", "Key": "k"]) }
    }

    @Test(arguments: [1e300, Double.infinity, Double.nan, -5, 1e12])
    func retryDelaysNeverTrap(seconds: Double) {
        let nanoseconds = RetryDelay.nanoseconds(seconds)
        #expect(nanoseconds <= UInt64(RetryDelay.longestSeconds * 1e9))
        if !(seconds > 0) { #expect(nanoseconds == 0) }
    }

    @Test func legacyModeWithManyAttemptsAsksForABoundedSleep() throws {
        let definition = try ModelLoader.shared.loadData("_retry")
        let strategy = LegacyRetryStrategy(retryDefinition: definition, service: "s3", maxAttempts: 200, jitter: .fixed(0.5))
        let attempt = RetryAttempt(number: 150, statusCode: 500)
        guard case .retry(let delay) = strategy.decide(after: attempt) else {
            Issue.record("a 500 is retried in legacy mode")
            return
        }
        #expect(delay > RetryDelay.longestSeconds)  // 0.5 * 2^149: only RetryDelay keeps the sleep finite
        #expect(RetryDelay.nanoseconds(delay) == UInt64(RetryDelay.longestSeconds * 1e9))
    }

    private static func client(_ service: String, _ response: HTTPResponse) throws -> Client {
        try TestClients.client(service, transport: StubTransport(responses: [response]),
                               config: Config(retries: RetryConfig(totalMaxAttempts: 1)))
    }
}
