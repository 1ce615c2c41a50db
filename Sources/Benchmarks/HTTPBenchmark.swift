import AWSClients
import Foundation

/// boto3_bench.py's `canned` through the Swift SDK and a real HTTP transport: full client calls
/// (S3 PutObject 1 KiB, ListObjectsV2 of 1000 keys, SQS SendMessage) against the nginx of
/// ../shared/bench serving canned responses on loopback, sequential and from N concurrent tasks,
/// for each transport kind. Reports aggregate calls/s and process CPU (user+sys, every thread:
/// the transport's included) per call, median (min–max) over rounds.
///
/// Every call must succeed: nginx answers 404 to anything unexpected, which the SDK raises as a
/// `ClientError`; retries are off so that nothing is hidden; each output is checked.
enum HTTPBenchmark {
    struct Sizes {
        /// Small calls (PutObject, SendMessage) per round, split across the tasks.
        var calls = 10_000
        /// ListObjectsV2 calls per round, split across the tasks.
        var listCalls = 200
        var concurrency = [1, 8, 32]
        /// The scenarios to run (all by default).
        var scenarios = HTTPBenchmark.scenarios
        var rounds = 5
        /// Untimed calls per task before each scenario's rounds (opens the connections).
        var warmup = 20
        /// Whether every task runs on the transport's own thread (`--executor transport`:
        /// `withTaskExecutorPreference(client.taskExecutor)`) instead of the default executor.
        var onTransportExecutor = false
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// One scenario at one concurrency level: per-round aggregate rate and CPU per call.
    struct Row {
        let scenario: String
        let concurrency: Int
        let callsPerRound: Int
        var callsPerSecond: [Double] = []
        var cpuMicrosPerCall: [Double] = []

        var name: String { "\(scenario)_tasks_\(concurrency)" }
    }

    /// The figures of one transport kind.
    struct Report {
        let requested: HTTPTransportKind
        /// The type of transport the session built for that kind (`URLSessionTransport` while
        /// libcurl is not available).
        let transportType: String
        var rows: [Row] = []
    }

    /// The SDK scenarios, then `transport_put_1KiB`: the same PUT prebuilt once and sent through
    /// the transport alone (no serialization, signing or parsing), to show the transport's share.
    static let scenarios = ["s3_put_object_1KiB", "s3_list_objects_v2_1000_keys", "sqs_send_message", "transport_put_1KiB"]

    static func run(endpointURL: String, kinds: [HTTPTransportKind], sizes: Sizes) async throws -> [Report] {
        guard let host = URL(string: endpointURL)?.host, ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host) else {
            throw Failure(description: "refusing non-loopback endpoint \(endpointURL): start nginx with ../shared/bench/nginx.sh")
        }
        var reports: [Report] = []
        for kind in kinds {
            reports.append(try await run(endpointURL: endpointURL, kind: kind, sizes: sizes))
        }
        return reports
    }

    private static func run(endpointURL: String, kind: HTTPTransportKind, sizes: Sizes) async throws -> Report {
        let credentials = Credentials(accessKeyID: "testing", secretAccessKey: "testing")
        var report: Report?
        for concurrency in sizes.concurrency {
            // One session and one pair of clients per level: a pool of max(10, N) connections, as
            // botocore's max_pool_connections; all tasks share the clients (they are Sendable).
            let session = try Session(region: "us-east-1", credentials: credentials, environment: CannedResponses.offlineEnvironment)
            let config = Config(maxPoolConnections: max(10, concurrency), s3: S3Config(addressingStyle: .path),
                                retries: RetryConfig(totalMaxAttempts: 1), httpTransport: kind)
            let clients = Clients(s3: try session.client("s3", endpointURL: endpointURL, config: config),
                                  sqs: try session.client("sqs", endpointURL: endpointURL, config: config),
                                  transport: HTTPTransports.make(HTTPTransportOptions(kind: kind, maxConnectionsPerHost: max(10, concurrency))),
                                  endpointURL: endpointURL)
            if report == nil {
                // Session keeps its transports private; `HTTPTransports.make` is the factory it
                // calls with the client's options, so this is the type the clients send with.
                let transport = HTTPTransports.make(clients.s3.meta.config.transportOptions)
                let type = String(describing: type(of: transport))
                report = Report(requested: kind, transportType: sizes.onTransportExecutor ? type + ", tasks on its thread" : type)
                try await clients.checkOnce()
            }
            for scenario in sizes.scenarios {
                let total = scenario.contains("list") ? sizes.listCalls : sizes.calls
                report?.rows.append(try await measure(scenario, clients: clients, totalCalls: total,
                                                      concurrency: concurrency, sizes: sizes))
            }
        }
        guard let report else { throw Failure(description: "no concurrency levels given (--concurrency 1,8,32)") }
        return report
    }

    private static func measure(_ scenario: String, clients: Clients, totalCalls: Int, concurrency: Int, sizes: Sizes) async throws -> Row {
        let each = max(1, totalCalls / concurrency)
        let operation = try clients.operation(scenario)
        var executor: (any TaskExecutor)?
        if sizes.onTransportExecutor {
            executor = scenario.hasPrefix("transport") ? clients.transport.taskExecutor : clients.s3.taskExecutor
            guard executor != nil else {
                throw Failure(description: "--executor transport: this transport has no executor of its own (only curl has)")
            }
        }
        try await inTasks(concurrency, callsEach: scenario.contains("list") ? min(3, sizes.warmup) : sizes.warmup,
                          executor: executor, operation)
        var row = Row(scenario: scenario, concurrency: concurrency, callsPerRound: each * concurrency)
        for _ in 0..<sizes.rounds {
            let cpu0 = Clock.cpu(), wall0 = Clock.wall()
            try await inTasks(concurrency, callsEach: each, executor: executor, operation)
            let cpu1 = Clock.cpu(), wall1 = Clock.wall()
            row.callsPerSecond.append(Double(row.callsPerRound) / (wall1 - wall0))
            row.cpuMicrosPerCall.append((cpu1 - cpu0) * 1e6 / Double(row.callsPerRound))
        }
        return row
    }

    /// Runs `operation` `callsEach` times in a row in each of `tasks` child tasks (inline for one),
    /// on `executor` when given.
    private static func inTasks(_ tasks: Int, callsEach: Int, executor: (any TaskExecutor)?,
                                _ operation: @escaping @Sendable () async throws -> Void) async throws {
        let calls: @Sendable () async throws -> Void = {
            for _ in 0..<callsEach { try await operation() }
        }
        if tasks == 1 {
            try await withTaskExecutorPreference(executor) { try await calls() }
            return
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<tasks {
                group.addTask(executorPreference: executor) { try await calls() }
            }
            try await group.waitForAll()
        }
    }

    /// The S3 and SQS clients of one level, and the calls the scenarios make.
    struct Clients: Sendable {
        let s3: Client
        let sqs: Client
        let transport: any HTTPTransport
        let endpointURL: String

        func operation(_ scenario: String) throws -> @Sendable () async throws -> Void {
            let s3 = s3, sqs = sqs
            let bucket = Document.string(CannedResponses.bucket)
            let body = Document.blob(CannedResponses.body1KiB)
            let queueURL = Document.string(CannedResponses.queueURL)
            let message = Document.string(CannedResponses.messageBody)
            switch scenario {
            case "s3_put_object_1KiB":
                return {
                    let output = try await s3.putObject(Bucket: bucket, Key: "k/obj", Body: body)
                    guard output["ETag"] != nil else { throw Failure(description: "PutObject output has no ETag: \(output)") }
                }
            case "s3_list_objects_v2_1000_keys":
                return {
                    let output = try await s3.listObjectsV2(Bucket: bucket)
                    guard output["KeyCount"]?.int == CannedResponses.keysPerPage else {
                        throw Failure(description: "ListObjectsV2 KeyCount is not \(CannedResponses.keysPerPage): \(output["KeyCount"] ?? .null)")
                    }
                }
            case "sqs_send_message":
                return {
                    let output = try await sqs.sendMessage(QueueUrl: queueURL, MessageBody: message)
                    guard output["MD5OfMessageBody"]?.string == CannedResponses.messageMD5 else {
                        throw Failure(description: "SendMessage output has no matching MD5OfMessageBody: \(output)")
                    }
                }
            case "transport_put_1KiB":
                guard let url = URL(string: endpointURL + "/" + CannedResponses.bucket + "/k/obj") else {
                    throw Failure(description: "bad endpoint \(endpointURL)")
                }
                var headers = HTTPHeaders()
                headers.add(name: "Host", value: url.host.map { host in url.port.map { "\(host):\($0)" } ?? host } ?? "")
                headers.add(name: "Content-Length", value: String(CannedResponses.body1KiB.count))
                headers.add(name: "x-amz-date", value: "20261121T000000Z")
                let request = HTTPRequest(method: "PUT", url: url, headers: headers, body: .data(CannedResponses.body1KiB))
                let transport = transport
                return {
                    let response = try await transport.send(request, timeouts: HTTPTimeouts())
                    guard response.statusCode == 200, response.headers["ETag"] != nil else {
                        throw Failure(description: "PUT through the transport got \(response.statusCode)")
                    }
                }
            default:
                throw Failure(description: "unknown scenario \(scenario)")
            }
        }

        /// One call of each kind with its whole output checked, before anything is timed.
        func checkOnce() async throws {
            let put = try await s3.putObject(Bucket: .string(CannedResponses.bucket), Key: "k/obj", Body: .blob(CannedResponses.body1KiB))
            guard put["ETag"]?.string == "\"f1c9645dbc14efddc7d8a322685f26eb\"", put["ServerSideEncryption"]?.string == "AES256" else {
                throw Failure(description: "PutObject output does not match nginx's canned answer: \(put)")
            }
            let listed = try await s3.listObjectsV2(Bucket: .string(CannedResponses.bucket))
            guard let contents = listed["Contents"]?.array, contents.count == CannedResponses.keysPerPage,
                  contents.first?["Key"]?.string == "key-000000", contents.last?["Key"]?.string == "key-000999",
                  contents.first?["LastModified"]?.date != nil, listed["IsTruncated"]?.bool == false else {
                throw Failure(description: "ListObjectsV2 output does not match nginx's canned page of 1000 keys")
            }
            let sent = try await sqs.sendMessage(QueueUrl: .string(CannedResponses.queueURL), MessageBody: .string(CannedResponses.messageBody))
            guard sent["MD5OfMessageBody"]?.string == CannedResponses.messageMD5, sent["MessageId"]?.string != nil else {
                throw Failure(description: "SendMessage output does not match nginx's canned answer: \(sent)")
            }
        }
    }
}
