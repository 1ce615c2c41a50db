import Foundation
import Synchronization
import Testing
@testable import AWSClients
import AWSTesting

/// Endpoint discovery compared with botocore 1.43.11's: for the same calls against the same
/// canned answers, the same requests in the same order (the discovery calls and the calls
/// themselves), the same presigned URLs and the same failures. The expected requests are in
/// Fixtures/botocore-requests/discovery.json, written by
/// `Tests/Differential/botocore_discovery_requests.py` with time frozen at 2026-05-17T12:34:56Z.
///
/// Method, URL, every header botocore sends (signature included; but `User-Agent` and its retry
/// headers) and the body must match; this SDK may add only `User-Agent` and `Content-Length`.
/// One normalization: botocore sets a discovered request's URL to the bare address
/// (`https://host`), which goes on the wire with the path `/`; this SDK writes that `/`.
@Suite struct BotocoreDiscoveryRequestTests {
    static let fixture: Document? = {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?
            .appendingPathComponent("botocore-requests/discovery.json"),
              let data = try? Data(contentsOf: url), let parsed = try? JSONValue.parse(data) else { return nil }
        return parsed.document
    }()

    static let cases: [DiscoveryCase] = (fixture?["cases"]?.array ?? []).compactMap(DiscoveryCase.init)

    static let date = Date(timeIntervalSince1970: 1_779_021_296)

    @Test func fixtureIsPresent() {
        #expect(Self.fixture?["botocore"]?.string == "1.43.11")
        #expect(Self.cases.count >= 20)
    }

    @Test(arguments: cases)
    func sameAsBotocore(_ testCase: DiscoveryCase) async throws {
        let stub = testCase.transport()
        let client: Client
        do {
            client = try testCase.client(transport: stub, date: Self.date)
        } catch {
            let expected = try #require(testCase.expected["error"]?.string, "\(testCase.name): botocore created the client; \(error)")
            #expect(expected.hasPrefix("InvalidEndpointDiscoveryConfigurationError") && error is ConfigError, "\(testCase.name): \(error)")
            #expect("\(error)".hasPrefix(String(expected.drop { $0 != ":" }.dropFirst(2))), "\(testCase.name): \(error)")
            return
        }
        #expect(testCase.expected["error"] == nil, "\(testCase.name): botocore refused to create the client")
        let expectedResults = testCase.expected["results"]?.array ?? []
        for (index, call) in testCase.calls.enumerated() {
            let expected = index < expectedResults.count ? expectedResults[index] : [:]
            let operation = call["operation"]?.string ?? ""
            let params = call["params"] ?? [:]
            do {
                if let expires = call["presign"]?.int {
                    let url = try client.generatePresignedURL(operation, params: params, expiresIn: expires, httpMethod: nil, date: Self.date)
                    #expect(url.absoluteString == expected["presignedURL"]?.string, "\(testCase.name): presigned URL")
                } else {
                    _ = try await client.call(operation, params)
                }
                #expect(expected["error"] == nil, "\(testCase.name): botocore failed (\(expected["error"]?.string ?? "")), this SDK did not")
            } catch {
                expectSameFailure(error, as: expected["error"]?.string, testCase.name)
            }
        }
        let expectedRequests = testCase.expected["requests"]?.array ?? []
        #expect(stub.requests.count == expectedRequests.count,
                "\(testCase.name): ours \(stub.requests.map(\.url.absoluteString)), botocore's \(expectedRequests.map { $0["url"]?.string ?? "" })")
        for (request, expected) in zip(stub.requests, expectedRequests) { compare(request, with: expected, name: testCase.name) }
    }

    private func expectSameFailure(_ error: any Error, as botocoreError: String?, _ name: String) {
        guard let botocoreError else {
            Issue.record("\(name): botocore succeeded, this SDK threw \(error)")
            return
        }
        let kind = botocoreError.prefix { $0 != ":" }
        let message = String(botocoreError.drop { $0 != ":" }.dropFirst(2))
        switch kind {
        case "EndpointDiscoveryRequired":
            #expect((error as? EndpointDiscoveryError)?.code == .required && "\(error)".hasPrefix(message), "\(name): \(error)")
        default:
            #expect((error as? ClientError)?.code == String(kind) && "\(error)" == message, "\(name): \(error)")
        }
    }

    private func compare(_ request: HTTPRequest, with expected: Document, name: String) {
        var expectedURL = expected["url"]?.string ?? ""
        if let url = URL(string: expectedURL), url.path.isEmpty { expectedURL += "/" }
        let target = request.headers["X-Amz-Target"] ?? ""
        #expect(request.method == expected["method"]?.string, "\(name) \(target): method")
        #expect(request.url.absoluteString == expectedURL, "\(name) \(target): URL")
        #expect(request.bodyText == expected["body"]?.string, "\(name) \(target): body")
        let expectedHeaders = expected["headers"]?.dictionary ?? [:]
        for (header, value) in expectedHeaders.sorted(by: { $0.key < $1.key }) {
            if header.caseInsensitiveEquals("Content-Length"), request.headers[header] == nil {
                #expect(String(request.bodyData.count) == value.string, "\(name) \(target): Content-Length")
                continue
            }
            #expect(request.headers[header] == value.string, "\(name) \(target): header \(header)")
        }
        BotocoreFixtureRetryHeaders.expectForm(request, "\(name) \(target)")
        let allowedExtras = BotocoreFixtureRetryHeaders.names.union(["user-agent", "content-length"])
        for field in request.headers.fields where !allowedExtras.contains(field.name.lowercased()) {
            #expect(expectedHeaders.keys.contains { $0.caseInsensitiveEquals(field.name) },
                    "\(name) \(target): botocore sends no \(field.name) (ours: \(field.value))")
        }
    }
}

/// One case of the discovery fixture: the client, its calls, the canned answers, and what botocore did.
struct DiscoveryCase: Sendable, CustomTestStringConvertible {
    let name: String
    let spec: Document
    let expected: Document

    init?(_ entry: Document) {
        guard let spec = entry["case"], let name = spec["name"]?.string, let expected = entry["botocore"] else { return nil }
        self.name = name
        self.spec = spec
        self.expected = expected
    }

    var testDescription: String { name }
    var calls: [Document] { spec["calls"]?.array ?? [] }

    /// A stub answering discovery calls and other calls from the case's two scripts, as the generator did.
    func transport() -> StubTransport {
        let discovery = DiscoveryService.Script((spec["discovery"]?.array ?? []).map(Self.response))
        let responses = DiscoveryService.Script((spec["responses"]?.array ?? [["status": 200, "body": "{}"]]).map(Self.response))
        return StubTransport { request in
            let script = DiscoveryTests.operation(request) == "DescribeEndpoints" ? discovery : responses
            return script.next() ?? HTTPResponse(statusCode: 500)
        }
    }

    private static func response(_ spec: Document) -> HTTPResponse? {
        let headers = (spec["headers"]?.dictionary ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value.string ?? "") }
        return HTTPResponse(statusCode: spec["status"]?.int ?? 200, headers: HTTPHeaders(headers), body: Data((spec["body"]?.string ?? "").utf8))
    }

    /// A client built as `Session.client` builds one, with the case's environment and a fixed clock.
    func client(transport: StubTransport, date: Date) throws -> Client {
        var environment = TestClients.environment
        for (key, value) in spec["environment"]?.dictionary ?? [:] { environment[key] = value.string }
        var config = Config()
        if let enabled = spec["config"]?["endpoint_discovery_enabled"]?.bool { config.endpointDiscoveryEnabled = EndpointDiscoveryMode(booleanLiteral: enabled) }
        let service = spec["service"]?.string ?? ""
        let model = try ModelLoader.shared.serviceModel(service)
        let resolver = ConfigResolver(sharedConfig: try SharedConfig(configFile: nil, credentialsFile: nil), environment: environment)
        let effective = try resolver.resolve(serviceID: model.metadata.serviceID ?? service, endpointPrefix: model.metadata.endpointPrefix,
                                             region: spec["region"]?.string ?? "us-east-1", endpointURL: spec["endpointURL"]?.string,
                                             config: config)
        return try ClientFactory.make(model: model, config: effective, credentials: { TestClients.credentials }, environment: environment,
                                      transport: transport, sleep: { _ in }, now: { date }, resolvedCredentials: { TestClients.credentials })
    }
}
