import Foundation
import Testing
@testable import AWSClients

/// Endpoint discovery through the client pipeline, against a stub service.
@Suite struct EndpointDiscoveryClientTests {
    @Test func discoversFirstThenSendsToTheDiscoveredHost() async throws {
        let service = DiscoveryService()
        let timestream = try DiscoveryTests.client(transport: service.transport)
        let output = try await timestream.describeDatabase(DatabaseName: "db")
        #expect(output["ResponseMetadata"]?["HTTPStatusCode"]?.int == 200)
        #expect(service.trace == ["DescribeEndpoints ingest.timestream.us-east-1.amazonaws.com", "DescribeDatabase cell1.example.com"])
        let discovery = try #require(service.discoveryRequests.first)
        #expect(discovery.url.absoluteString == "https://ingest.timestream.us-east-1.amazonaws.com/")
        #expect(discovery.method == "POST")
        #expect(discovery.bodyText == "{}")
        #expect(discovery.headers["X-Amz-Target"] == "Timestream_20181101.DescribeEndpoints")
        #expect(discovery.headers["x-amz-api-version"] == "2018-11-01")
        #expect(discovery.headers["Content-Type"] == "application/x-amz-json-1.0")
        let call = try #require(service.callRequests.first)
        #expect(call.url.absoluteString == "https://cell1.example.com/")
        #expect(call.bodyText == #"{"DatabaseName":"db"}"#)
        #expect(call.headers["x-amz-api-version"] == nil)
        // Signed for the discovered host, with the service's signing name and the client's region.
        let authorization = try #require(call.headers["Authorization"])
        #expect(authorization.contains("/us-east-1/timestream/aws4_request"))
        #expect(authorization.contains("SignedHeaders=content-type;host;"))
    }

    @Test func signsWithTheClientsRegion() async throws {
        let service = DiscoveryService(discovery: [DiscoveryTests.endpoints("ingest-cell2.timestream.eu-west-1.amazonaws.com")])
        let timestream = try DiscoveryTests.client(transport: service.transport, region: "eu-west-1")
        _ = try await timestream.writeRecords(DatabaseName: "db", TableName: "t",
                                              Records: [["MeasureName": "cpu", "MeasureValue": "1.5", "Time": "1700000000000"]])
        #expect(service.trace == ["DescribeEndpoints ingest.timestream.eu-west-1.amazonaws.com",
                                  "WriteRecords ingest-cell2.timestream.eu-west-1.amazonaws.com"])
        #expect(service.callRequests.first?.headers["Authorization"]?.contains("/eu-west-1/timestream/aws4_request") == true)
    }

    @Test func theCacheServesLaterCallsOfEveryOperation() async throws {
        let service = DiscoveryService()
        let timestream = try DiscoveryTests.client(transport: service.transport)
        _ = try await timestream.describeDatabase(DatabaseName: "db")
        _ = try await timestream.listDatabases()
        _ = try await timestream.describeDatabase(DatabaseName: "other")
        #expect(service.discoveryRequests.count == 1)
        #expect(service.callRequests.map { $0.url.host } == ["cell1.example.com", "cell1.example.com", "cell1.example.com"])
    }

    @Test func anEntryExpiresAfterItsCachePeriod() async throws {
        let clock = TestClock()
        let service = DiscoveryService(discovery: [DiscoveryTests.endpoints("cell1.example.com", minutes: 10),
                                                   DiscoveryTests.endpoints("cell2.example.com", minutes: 10)])
        let timestream = try DiscoveryTests.client(transport: service.transport, clock: clock)
        _ = try await timestream.listDatabases()
        clock.advance(10 * 60 - 1)
        _ = try await timestream.listDatabases()
        #expect(service.discoveryRequests.count == 1)
        clock.advance(1)
        _ = try await timestream.listDatabases()
        #expect(service.discoveryRequests.count == 2)
        #expect(service.callRequests.map { $0.url.host } == ["cell1.example.com", "cell1.example.com", "cell2.example.com"])
    }

    @Test func aStaleEntryIsUsedWhileDiscoveryIsUnreachable() async throws {
        let clock = TestClock()
        let service = DiscoveryService()
        let timestream = try DiscoveryTests.client(transport: service.transport, config: DiscoveryTests.oneAttempt, clock: clock)
        _ = try await timestream.listDatabases()
        clock.advance(11 * 60)
        service.answerDiscovery(with: [nil])
        _ = try await timestream.listDatabases()
        #expect(service.discoveryRequests.count == 2)
        // Within a minute of the failure discovery is not tried again; the stale entry serves.
        clock.advance(59)
        _ = try await timestream.listDatabases()
        #expect(service.discoveryRequests.count == 2)
        clock.advance(1)
        service.answerDiscovery(with: [DiscoveryTests.endpoints("cell2.example.com")])
        _ = try await timestream.listDatabases()
        #expect(service.discoveryRequests.count == 3)
        #expect(service.callRequests.map { $0.url.host } == ["cell1.example.com", "cell1.example.com", "cell1.example.com", "cell2.example.com"])
    }

    @Test func aRequiredOperationFailsClearlyWhenDiscoveryIsUnreachable() async throws {
        let service = DiscoveryService(discovery: [nil])
        let timestream = try DiscoveryTests.client(transport: service.transport, config: DiscoveryTests.oneAttempt)
        let error = try #require(await #expect(throws: EndpointDiscoveryError.self) { _ = try await timestream.listDatabases() })
        #expect(error.code == .refreshFailed)
        #expect(error.operation == "ListDatabases")
        #expect(error.message.hasPrefix("Endpoint Discovery failed to refresh the required endpoints: "))
        #expect(error.message.contains("Could not connect to the endpoint URL"))
        #expect(service.callRequests.isEmpty)
        // A required operation tries again at once even within the minute after a failure (botocore's forced refresh).
        _ = await #expect(throws: EndpointDiscoveryError.self) { _ = try await timestream.listDatabases() }
        #expect(service.discoveryRequests.count == 2)
    }

    @Test func theDiscoveryCallIsRetriedLikeAnyOther() async throws {
        let service = DiscoveryService(discovery: [nil, nil, DiscoveryTests.endpoints("cell1.example.com")])
        let timestream = try DiscoveryTests.client(transport: service.transport)
        _ = try await timestream.listDatabases()
        #expect(service.trace.count == 4)
        #expect(service.callRequests.first?.url.host == "cell1.example.com")
    }

    @Test func anEmptyAnswerFailsARequiredOperation() async throws {
        let service = DiscoveryService(discovery: [DiscoveryTests.json(#"{"Endpoints":[]}"#)])
        let timestream = try DiscoveryTests.client(transport: service.transport)
        let error = try #require(await #expect(throws: EndpointDiscoveryError.self) { _ = try await timestream.listDatabases() })
        #expect(error.code == .refreshFailed)
        #expect(error.message.contains("DescribeEndpoints returned no endpoints."))
    }

    @Test(arguments: [
        (#"{"Endpoints":[{"CachePeriodInMinutes":5}]}"#, "Endpoints[0] has no Address"),
        (#"{"Endpoints":[{"Address":"a.example.com"}]}"#, "Endpoints[0] has no numeric CachePeriodInMinutes"),
        (#"{}"#, "it has no Endpoints list"),
        (#"{"Endpoints":[{"Address":"not a host","CachePeriodInMinutes":5}]}"#, "its address not a host is not a host name or URL"),
    ])
    func anUnusableAnswerSaysWhatIsWrong(body: String, problem: String) async throws {
        let service = DiscoveryService(discovery: [DiscoveryTests.json(body)])
        let timestream = try DiscoveryTests.client(transport: service.transport)
        let error = try #require(await #expect(throws: EndpointDiscoveryError.self) { _ = try await timestream.listDatabases() })
        #expect(error.code == .invalidResponse)
        #expect(error.message.contains(problem), "\(error.message)")
        #expect(service.callRequests.isEmpty)
    }

    @Test func aServiceErrorFromDiscoveryReachesTheCaller() async throws {
        let denied = DiscoveryTests.json(#"{"__type":"AccessDeniedException","message":"not allowed"}"#, status: 400)
        let service = DiscoveryService(discovery: [denied])
        let timestream = try DiscoveryTests.client(transport: service.transport)
        let error = try #require(await #expect(throws: ClientError.self) { _ = try await timestream.listDatabases() })
        #expect(error.code == "AccessDeniedException")
        #expect(error.operation == "DescribeEndpoints")
        // Not remembered as a failure: the next call asks again.
        _ = await #expect(throws: ClientError.self) { _ = try await timestream.listDatabases() }
        #expect(service.discoveryRequests.count == 2)
    }

    @Test(arguments: [
        DiscoveryTests.json(#"{"__type":"InvalidEndpointException","message":"gone"}"#, status: 421),
        DiscoveryTests.json(#"{"__type":"InvalidEndpointException","message":"gone"}"#, status: 400),
        DiscoveryTests.json(#"{"__type":"SomethingElse","message":"misdirected"}"#, status: 421),
    ])
    func aMisdirectedRequestForgetsTheEndpointAndRediscovers(refusal: HTTPResponse) async throws {
        let service = DiscoveryService(discovery: [DiscoveryTests.endpoints("cell1.example.com"), DiscoveryTests.endpoints("cell2.example.com")],
                                       calls: [refusal, DiscoveryTests.json("{}")])
        let timestream = try DiscoveryTests.client(transport: service.transport)
        let output = try await timestream.describeDatabase(DatabaseName: "db")
        #expect(service.trace == ["DescribeEndpoints ingest.timestream.us-east-1.amazonaws.com", "DescribeDatabase cell1.example.com",
                                  "DescribeEndpoints ingest.timestream.us-east-1.amazonaws.com", "DescribeDatabase cell2.example.com"])
        #expect(output["ResponseMetadata"]?["RetryAttempts"]?.int == 1)
    }

    @Test func aServiceThatKeepsRefusingStopsAtMaxAttempts() async throws {
        let refusal = DiscoveryTests.json(#"{"__type":"InvalidEndpointException","message":"gone"}"#, status: 421)
        let service = DiscoveryService(calls: [refusal])
        let timestream = try DiscoveryTests.client(transport: service.transport, config: Config(retries: RetryConfig(totalMaxAttempts: 3)))
        let error = try #require(await #expect(throws: ClientError.self) { _ = try await timestream.listDatabases() })
        #expect(error.code == "InvalidEndpointException")
        #expect(service.callRequests.count == 3)
        #expect(service.discoveryRequests.count == 3)
    }

    @Test func otherErrorsLeaveTheCacheAlone() async throws {
        let conflict = DiscoveryTests.json(#"{"__type":"ResourceNotFoundException","message":"no such database"}"#, status: 404)
        let service = DiscoveryService(calls: [conflict, DiscoveryTests.json("{}")])
        let timestream = try DiscoveryTests.client(transport: service.transport)
        _ = await #expect(throws: ClientError.self) { _ = try await timestream.describeDatabase(DatabaseName: "db") }
        _ = try await timestream.describeDatabase(DatabaseName: "db")
        #expect(service.discoveryRequests.count == 1)
        #expect(service.callRequests.count == 2)
    }

    @Test func concurrentCallsShareOneDiscovery() async throws {
        let service = DiscoveryService()
        let timestream = try DiscoveryTests.client(transport: service.transport)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<20 { group.addTask { _ = try await timestream.describeDatabase(DatabaseName: "db\(index)") } }
            try await group.waitForAll()
        }
        #expect(service.discoveryRequests.count == 1)
        #expect(service.callRequests.count == 20)
        #expect(service.callRequests.allSatisfy { $0.url.host == "cell1.example.com" })
    }

    @Test func anAddressWithASchemeIsUsedAsItIs() async throws {
        let service = DiscoveryService(discovery: [DiscoveryTests.endpoints("http://127.0.0.1:8080")])
        let timestream = try DiscoveryTests.client(transport: service.transport)
        _ = try await timestream.listDatabases()
        #expect(service.callRequests.first?.url.absoluteString == "http://127.0.0.1:8080/")
    }

    @Test func presigningSkipsDiscoveryButStillRefusesWhenItIsOff() throws {
        let service = DiscoveryService()
        let timestream = try DiscoveryTests.client(transport: service.transport)
        let url = try timestream.generatePresignedURL("listDatabases", params: [:], expiresIn: 60)
        #expect(url.host == "ingest.timestream.us-east-1.amazonaws.com")
        #expect(service.requests.isEmpty)
        let off = try DiscoveryTests.client(transport: service.transport, config: Config(endpointDiscoveryEnabled: false))
        #expect(throws: EndpointDiscoveryError.self) { _ = try off.generatePresignedURL("listDatabases", params: [:], expiresIn: 60) }
    }
}
