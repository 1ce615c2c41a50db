import AWSClients
import Foundation

/// `aws-conformance requests`: sends each case of Tests/Differential/requests (JSON lines:
/// `{"id", "service", "operation", "region", "params"}`) through a `Client` whose transport
/// captures the signed request instead of sending it, and writes one `RequestRecord` line per case.
///
/// Clients use botocore_requests.py's settings: fixed fake credentials, the case's region, no
/// config files and no environment, so both SDKs start from the same defaults.
public struct RequestCaseRunner: Sendable {
    /// The credentials both sides sign with (the SigV4 suite's example pair).
    public static let credentials = Credentials(accessKeyID: "AKIDEXAMPLE",
                                                secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    /// The environment clients see: config files that do not exist, nothing else.
    public static let environment = ["AWS_CONFIG_FILE": "/nonexistent/aws-config",
                                     "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/aws-credentials"]

    /// What a run did.
    public struct Counts: Sendable {
        /// Cases read.
        public var cases = 0
        /// Cases whose request was captured.
        public var requests = 0
        /// Cases this SDK refused before sending.
        public var rejected = 0
    }

    /// Creates a runner.
    public init() {}

    /// Runs every case of `input` (JSON lines), writing a record line per case to `output`.
    public func run(input: Data, output: (String) -> Void) async throws -> Counts {
        var counts = Counts()
        var clients: [String: Result<Client, any Error>] = [:]
        var lineNumber = 0
        for line in input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            lineNumber += 1
            let testCase = try RequestCase(line: Data(line), lineNumber: lineNumber)
            counts.cases += 1
            // A case that calls DescribeEndpoints itself gets a client whose transport captures it;
            // every other case's client answers endpoint discovery's DescribeEndpoints as
            // botocore_requests.py answers it, so the operation itself is captured next.
            let answersDiscovery = testCase.operation != "DescribeEndpoints"
            let key = testCase.service + " " + testCase.region + (answersDiscovery ? "" : " direct")
            if clients[key] == nil {
                clients[key] = Result { try Self.client(testCase.service, region: testCase.region, answeringDiscovery: answersDiscovery) }
            }
            do {
                let client = try clients[key]!.get()
                _ = try await client.call(testCase.operation, testCase.params)
                output(RequestRecord.rejected(id: testCase.id, error: ConformanceError("the call returned without sending a request")))
                counts.rejected += 1
            } catch let captured as CapturedRequest {
                output(try RequestRecord.request(id: testCase.id, captured.request))
                counts.requests += 1
            } catch {
                output(RequestRecord.rejected(id: testCase.id, error: error))
                counts.rejected += 1
            }
        }
        return counts
    }

    /// A client of `service` in `region` on a capturing transport.
    static func client(_ service: String, region: String, answeringDiscovery: Bool) throws -> Client {
        let session = try Session(region: region, credentials: credentials, environment: environment,
                                  transport: CapturingTransport(answeringDiscovery: answeringDiscovery))
        return try session.client(service)
    }
}

/// One line of the cases file.
struct RequestCase {
    let id: String
    let service: String
    let operation: String
    let region: String
    let params: Document

    init(line: Data, lineNumber: Int) throws {
        let value: JSONValue
        do { value = try JSONReader.parse(line) } catch {
            throw ConformanceError("cases line \(lineNumber): not JSON: \(error)")
        }
        guard let id = value["id"]?.string, let service = value["service"]?.string,
              let operation = value["operation"]?.string, let region = value["region"]?.string,
              let params = value["params"] else {
            throw ConformanceError("cases line \(lineNumber): needs id, service, operation, region and params")
        }
        self.id = id
        self.service = service
        self.operation = operation
        self.region = region
        do { self.params = try TypedParameters.document(params) } catch {
            throw ConformanceError("cases line \(lineNumber) (\(id)): \(error)")
        }
    }
}
