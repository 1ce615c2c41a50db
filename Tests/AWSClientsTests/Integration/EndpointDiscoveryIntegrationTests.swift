import AWSTestSupport
import Foundation
import Synchronization
import Testing
@testable import AWSClients

/// Endpoint discovery against moto over real HTTP (each HTTP transport, see scripts/test).
///
/// moto implements DescribeEndpoints for Timestream Write and DynamoDB, but the address it gives
/// is AWS's own (`ingest.timestream.us-east-1.amazonaws.com`): it models no cells. So the client is
/// pointed at moto by a *configured* endpoint URL (`AWS_ENDPOINT_URL_<SERVICE>`, which leaves
/// discovery on, as in botocore), and its transport forwards requests for `*.amazonaws.com` to
/// moto, recording where each was addressed. What this shows: the discovery call reaches moto
/// and its real answer is parsed and cached, the calls are then addressed and signed for the host
/// moto named, and moto's backend serves them (data written through the discovered endpoint is
/// read back). Cells, expiry and 421s are left to the stub and botocore comparison tests.
@Suite struct EndpointDiscoveryIntegrationTests {
    /// Sends `*.amazonaws.com` requests to moto instead, recording every request's own URL.
    final class ForwardingToMoto: HTTPTransport {
        let inner: any HTTPTransport
        let moto: URL
        private let addressed = Mutex<[String]>([])

        init(moto: URL) {
            self.moto = moto
            inner = HTTPTransports.make(HTTPTransportOptions(kind: TestClients.motoTransportKind))
        }

        /// `operation URL` of every request, as the client addressed it.
        var requests: [String] { addressed.withLock { $0 } }

        func send(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws -> HTTPResponse {
            let target = request.headers["X-Amz-Target"]?.split(separator: ".").last.map(String.init) ?? ""
            addressed.withLock { $0.append("\(target) \(request.url.absoluteString)") }
            var forwarded = request
            if request.url.host?.hasSuffix(".amazonaws.com") == true,
               var components = URLComponents(url: request.url, resolvingAgainstBaseURL: false) {
                components.scheme = moto.scheme
                components.host = moto.host
                components.port = moto.port
                forwarded.url = components.url ?? request.url
            }
            return try await inner.send(forwarded, timeouts: timeouts)
        }

        func shutdown() async { await inner.shutdown() }
    }

    func session(forwarding transport: ForwardingToMoto, environment: [String: String]) throws -> Session {
        try Session(region: "us-east-1", credentials: Credentials(accessKeyID: "testing", secretAccessKey: "testing"),
                    environment: TransportEnvironment.adding(to: TestClients.environment.merging(environment) { $1 }),
                    transport: transport)
    }

    @Test func timestreamWriteRoundTripThroughTheDiscoveredEndpoint() async throws {
        let motoURL = try await MotoServer.shared.endpointURL()
        let transport = ForwardingToMoto(moto: try #require(URL(string: motoURL)))
        let session = try session(forwarding: transport, environment: ["AWS_ENDPOINT_URL_TIMESTREAM_WRITE": motoURL])
        let timestream = try session.client("timestream-write")
        let database = Moto.uniqueName("db")
        _ = try await timestream.createDatabase(DatabaseName: database)
        _ = try await timestream.createTable(DatabaseName: database, TableName: "metrics")
        let records: Document = [["Dimensions": [["Name": "host", "Value": "h1"]], "MeasureName": "cpu", "MeasureValue": "1.5",
                                  "MeasureValueType": "DOUBLE", "Time": "1700000000000"]]
        let written = try await timestream.writeRecords(DatabaseName: database, TableName: "metrics", Records: records)
        #expect(written["RecordsIngested"]?["Total"]?.int == 1)
        let described = try await timestream.describeDatabase(DatabaseName: database)
        #expect(described["Database"]?["TableCount"]?.int == 1)
        let discovered = "https://ingest.timestream.us-east-1.amazonaws.com/"
        #expect(transport.requests == ["DescribeEndpoints \(motoURL)/", "CreateDatabase \(discovered)", "CreateTable \(discovered)",
                                       "WriteRecords \(discovered)", "DescribeDatabase \(discovered)"])
        await transport.shutdown()
    }

    @Test func dynamoDBWithDiscoveryEnabled() async throws {
        let motoURL = try await MotoServer.shared.endpointURL()
        let transport = ForwardingToMoto(moto: try #require(URL(string: motoURL)))
        let session = try session(forwarding: transport, environment: ["AWS_ENDPOINT_URL_DYNAMODB": motoURL])
        let dynamodb = try session.client("dynamodb", config: Config(endpointDiscoveryEnabled: true))
        let table = Moto.uniqueName("table")
        _ = try await dynamodb.createTable(TableName: table, KeySchema: [["AttributeName": "id", "KeyType": "HASH"]],
                                           AttributeDefinitions: [["AttributeName": "id", "AttributeType": "S"]],
                                           BillingMode: "PAY_PER_REQUEST")
        _ = try await dynamodb.putItem(TableName: table, Item: ["id": ["S": "u1"], "n": ["N": "7"]])
        let item = try await dynamodb.getItem(TableName: table, Key: ["id": ["S": "u1"]])
        #expect(item["Item"]?["n"]?["N"]?.string == "7")
        let discovered = "https://dynamodb.us-east-1.amazonaws.com/"
        #expect(transport.requests == ["DescribeEndpoints \(motoURL)/", "CreateTable \(discovered)", "PutItem \(discovered)",
                                       "GetItem \(discovered)"])
        await transport.shutdown()
    }

    @Test func anExplicitEndpointURLTalksToMotoWithoutDiscovery() async throws {
        let timestream = try await Moto.client("timestream-write", config: Config(endpointDiscoveryEnabled: true))
        let database = Moto.uniqueName("db")
        _ = try await timestream.createDatabase(DatabaseName: database)
        let listed = try await timestream.listDatabases()
        #expect(listed["Databases"]?.array?.contains { $0["DatabaseName"]?.string == database } == true)
        // DescribeEndpoints can still be called by hand, and reads moto's answer.
        let endpoints = try await timestream.describeEndpoints()
        #expect(endpoints["Endpoints"]?[0]?["Address"]?.string == "ingest.timestream.us-east-1.amazonaws.com")
        #expect(endpoints["Endpoints"]?[0]?["CachePeriodInMinutes"]?.int == 1440)
    }
}
