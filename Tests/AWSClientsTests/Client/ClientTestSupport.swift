import Foundation
import Synchronization
@testable import AWSClients
import AWSTesting

/// Clients built through `ClientFactory` with an injected sleep, so retry tests never wait.
enum FactoryClients {
    /// Records every delay a client asked to sleep for, and returns at once.
    final class SleepRecorder: Sendable {
        private let delays = Mutex<[Double]>([])
        var recorded: [Double] { delays.withLock { $0 } }
        var sleep: @Sendable (Double) async throws -> Void {
            { [self] seconds in delays.withLock { $0.append(seconds) } }
        }
    }

    /// A client of `service` on `transport` with fixed credentials, no shared config and a
    /// recording sleep.
    static func client(_ service: String, transport: StubTransport, region: String = "us-east-1",
                       endpointURL: String? = "http://127.0.0.1:1", environment: [String: String] = [:],
                       config: Config? = nil, sleeps: SleepRecorder) throws -> Client {
        let model = try ModelLoader.shared.serviceModel(service)
        let resolver = ConfigResolver(sharedConfig: try SharedConfig(configFile: nil, credentialsFile: nil), environment: environment)
        let effective = try resolver.resolve(serviceID: model.metadata.serviceID ?? service, endpointPrefix: model.metadata.endpointPrefix,
                                             region: region, endpointURL: endpointURL, config: config)
        return try ClientFactory.make(model: model, config: effective, credentials: { TestClients.credentials },
                                      transport: transport, sleep: sleeps.sleep)
    }
}

/// Canned responses for stub transports.
enum Canned {
    static func xml(_ status: Int, _ body: String, headers: HTTPHeaders = [:]) -> HTTPResponse {
        var all = headers
        all["Content-Type"] = "application/xml"
        return HTTPResponse(statusCode: status, headers: all, body: Data(body.utf8))
    }

    static func json(_ status: Int, _ body: String, headers: HTTPHeaders = [:]) -> HTTPResponse {
        var all = headers
        all["Content-Type"] = "application/x-amz-json-1.0"
        return HTTPResponse(statusCode: status, headers: all, body: Data(body.utf8))
    }

    /// An empty S3 success (PutObject-like) with S3's request and host IDs.
    static let s3OK = HTTPResponse(statusCode: 200, headers: ["x-amz-request-id": "REQ123", "x-amz-id-2": "HOST456", "ETag": "\"abc\""])

    /// S3's error body.
    static func s3Error(_ status: Int, code: String, message: String, extra: String = "") -> HTTPResponse {
        xml(status, "<Error><Code>\(code)</Code><Message>\(message)</Message>\(extra)<RequestId>BODYREQ</RequestId><HostId>BODYHOST</HostId></Error>",
            headers: ["x-amz-request-id": "REQ-ERR", "x-amz-id-2": "HOST-ERR"])
    }
}

/// The URL strings a stub received, in order.
extension StubTransport {
    var urls: [String] { requests.map(\.url.absoluteString) }
}
