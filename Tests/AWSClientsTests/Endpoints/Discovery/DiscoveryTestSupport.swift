import Foundation
import Synchronization
@testable import AWSClients
import AWSTesting

/// Clients and canned answers for the endpoint discovery tests: clients are built without an
/// explicit endpoint URL (which would turn discovery off), on a stub transport, with a settable clock.
enum DiscoveryTests {
    /// A client of `service` (or of `model`) whose entries expire by `clock`, retrying without waiting.
    static func client(_ service: String = "timestream-write", model: ServiceModel? = nil, transport: StubTransport,
                       endpointURL: String? = nil, environment: [String: String] = [:], sharedConfig: SharedConfig? = nil,
                       config: Config? = nil, clock: TestClock = TestClock(), region: String = "us-east-1") throws -> Client {
        let model = try model ?? ModelLoader.shared.serviceModel(service)
        let shared = try sharedConfig ?? SharedConfig(configFile: nil, credentialsFile: nil)
        let resolver = ConfigResolver(sharedConfig: shared, environment: environment)
        let effective = try resolver.resolve(serviceID: model.metadata.serviceID ?? service, endpointPrefix: model.metadata.endpointPrefix,
                                             region: region, endpointURL: endpointURL, config: config)
        return try ClientFactory.make(model: model, config: effective, credentials: { TestClients.credentials },
                                      transport: transport, sleep: { _ in }, now: clock.function,
                                      resolvedCredentials: { TestClients.credentials })
    }

    /// A config that sends each request once (the discovery call too).
    static let oneAttempt = Config(retries: RetryConfig(totalMaxAttempts: 1))

    /// Whether `request` calls a discovery operation (`*.DescribeEndpoints`, the test model's `FindEndpoints`).
    static func isDiscovery(_ request: HTTPRequest) -> Bool {
        let operation = operation(request)
        return operation == "DescribeEndpoints" || operation == "FindEndpoints"
    }

    /// The operation a JSON-protocol request calls (`DescribeDatabase`).
    static func operation(_ request: HTTPRequest) -> String {
        String(request.headers["X-Amz-Target"]?.split(separator: ".").last ?? "")
    }

    /// A DescribeEndpoints answer naming `addresses`, each for `minutes`.
    static func endpoints(_ addresses: String..., minutes: Int = 10) -> HTTPResponse {
        let list = addresses.map { #"{"Address":"\#($0)","CachePeriodInMinutes":\#(minutes)}"# }.joined(separator: ",")
        return json(#"{"Endpoints":[\#(list)]}"#)
    }

    /// A JSON 1.0 response.
    static func json(_ body: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: ["Content-Type": "application/x-amz-json-1.0", "x-amzn-RequestId": "req"],
                     body: Data(body.utf8))
    }

    /// A connection failure, as a transport reports one.
    static func unreachable(_ request: HTTPRequest) -> HTTPTransportError {
        HTTPTransportError(.connectionFailed, url: request.url.absoluteString, underlying: "connection refused")
    }
}

/// A stub service: answers discovery calls from one script and other calls from another, each
/// entry used once and the last one repeated; a `nil` entry is a connection failure.
final class DiscoveryService: Sendable {
    /// Responses handed out in order, the last one repeated.
    final class Script: Sendable {
        private let responses: Mutex<[HTTPResponse?]>
        init(_ responses: [HTTPResponse?]) { self.responses = Mutex(responses) }
        func next() -> HTTPResponse? { responses.withLock { $0.count > 1 ? $0.removeFirst() : $0.first ?? nil } }
        func replace(with responses: [HTTPResponse?]) { self.responses.withLock { $0 = responses } }
    }

    private let discovery: Script
    let transport: StubTransport

    init(discovery: [HTTPResponse?] = [DiscoveryTests.endpoints("cell1.example.com")],
         calls: [HTTPResponse?] = [DiscoveryTests.json("{}")]) {
        let discoveryScript = Script(discovery), callScript = Script(calls)
        self.discovery = discoveryScript
        transport = StubTransport { request in
            guard let next = (DiscoveryTests.isDiscovery(request) ? discoveryScript : callScript).next() else {
                throw DiscoveryTests.unreachable(request)
            }
            return next
        }
    }

    /// Replaces what discovery calls get from now on.
    func answerDiscovery(with responses: [HTTPResponse?]) { discovery.replace(with: responses) }

    /// Every request, in order.
    var requests: [HTTPRequest] { transport.requests }
    /// The discovery requests, in order.
    var discoveryRequests: [HTTPRequest] { requests.filter(DiscoveryTests.isDiscovery) }
    /// The other requests, in order.
    var callRequests: [HTTPRequest] { requests.filter { !DiscoveryTests.isDiscovery($0) } }
    /// `operation host` for every request, in order.
    var trace: [String] { requests.map { "\(DiscoveryTests.operation($0)) \($0.url.host ?? "")" } }
}
