import Foundation
import Testing
import AWSTestSupport
@testable import AWSClients

/// Calls through the fault-injecting proxy in front of moto (`FaultProxy`), with the HTTP transport
/// `AWS_SWIFT_HTTP_TRANSPORT` names (scripts/test runs this suite once per transport). For every
/// fault: a retried call's data is byte-identical, `RetryAttempts` equals the faults injected and
/// the proxy saw exactly one request more than that; a non-retryable error is sent once; a
/// truncated body is never a success; the call ends within its timeouts and backoff.
@Suite struct FaultInjectionMotoTests {
    static let connectTimeout = 2.0
    static let readTimeout = 6.0
    static let attempts = 3
    /// Longer than the read timeout: the client gives up on the attempt first.
    static let stall = 10.0

    /// The longest a call may take: every attempt waiting out its connect and read timeouts, every
    /// backoff at its cap (standard mode: 1 s, then 2 s), and 15 s for a loaded machine. Under the
    /// 60 s a wrong timeout would wait.
    static let bound: Duration = .seconds(Double(attempts) * (connectTimeout + readTimeout) + 1 + 2 + 15)

    /// The faults a retry recovers from, as the SDK's standard mode retries them.
    static let retryable: [(String, FaultProxy.Fault)] = [
        ("500", .respond(status: 500, headers: ["Content-Type": "application/xml"],
                         body: "<Error><Code>InternalError</Code><Message>injected</Message></Error>")),
        ("503 SlowDown", .respond(status: 503, headers: ["Content-Type": "application/xml"],
                                  body: "<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>")),
        ("reset before the response", .reset),
        ("close mid-body", .closeMidBody),
        ("truncated Content-Length body", .truncatedContentLength),
        ("truncated chunked body", .truncatedChunked),
        ("delay past the read timeout", .delay(seconds: stall)),
        ("stalled body", .stalledBody(seconds: stall)),
    ]

    @Test(arguments: retryable.indices)
    func retryableFaultGivesByteIdenticalDataAfterOneRetry(index: Int) async throws {
        let (name, fault) = Self.retryable[index]
        let context = try await Self.context()
        let (bucket, key) = (Moto.uniqueName("fault"), Moto.uniqueName("key"))
        let body = Data((0..<(192 << 10)).map { _ in UInt8.random(in: 0...255) })
        _ = try await context.s3.createBucket(Bucket: bucket)
        _ = try await context.s3.putObject(Bucket: bucket, Key: key, Body: body)
        try await FaultProxy.shared.arm([fault], scope: key)
        // A fresh client: the faulted request opens a new connection (a reset of a reused one is
        // the hidden-resend tests' case, where URLSession on Linux differs).
        let fresh = try await Self.context()
        let clock = ContinuousClock()
        let start = clock.now
        let output = try await fresh.s3.getObject(Bucket: bucket, Key: key)
        #expect(clock.now - start < Self.bound, "\(name)")
        #expect(output["Body"]?.data == body, "\(name): the retried data differs")
        #expect(output["ResponseMetadata"]?["RetryAttempts"]?.int == 1, "\(name)")
        let gets = try await FaultProxy.shared.records(scope: key).filter { $0.line.hasPrefix("GET ") }
        #expect(gets.count == 2, "\(name): \(gets)")
    }

    /// Throttling errors as each protocol shapes them: retried once, then the call succeeds.
    @Test func throttlingOfEveryProtocolIsRetried() async throws {
        let context = try await Self.context()
        let throttled = Moto.uniqueName("throttled")

        // rest-xml (S3): 503 SlowDown.
        _ = try await context.s3.createBucket(Bucket: throttled)
        try await FaultProxy.shared.arm([.respond(status: 503, headers: ["Content-Type": "application/xml"],
            body: "<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>")], scope: throttled)
        try await Self.expectOneRetry(scope: throttled) { try await context.s3.headBucket(Bucket: throttled) }

        // json (DynamoDB): 400 ThrottlingException.
        let dynamodb = try context.client("dynamodb")
        let table = Moto.uniqueName("table")
        _ = try await dynamodb.createTable(TableName: table, KeySchema: [["AttributeName": "id", "KeyType": "HASH"]],
                                           AttributeDefinitions: [["AttributeName": "id", "AttributeType": "S"]],
                                           BillingMode: "PAY_PER_REQUEST")
        try await FaultProxy.shared.arm([.respond(status: 400, headers: ["Content-Type": "application/x-amz-json-1.0"],
            body: #"{"__type": "com.amazonaws.dynamodb.v20120810#ThrottlingException", "message": "Rate of requests exceeds the allowed throughput."}"#)],
            scope: table)
        try await Self.expectOneRetry(scope: table) { try await dynamodb.describeTable(TableName: table) }

        // json with query-compatible errors (SQS): 400 RequestThrottled.
        let sqs = try context.client("sqs")
        let queue = Moto.uniqueName("queue")
        _ = try await sqs.createQueue(QueueName: queue)
        try await FaultProxy.shared.arm([.respond(status: 400, headers: ["Content-Type": "application/x-amz-json-1.0",
                                                                         "x-amzn-query-error": "RequestThrottled;Sender"],
            body: #"{"__type": "com.amazonaws.sqs#RequestThrottled", "message": "Request is throttled."}"#)], scope: queue)
        try await Self.expectOneRetry(scope: queue) { try await sqs.getQueueUrl(QueueName: queue) }

        // query (SNS): 400 Throttling in an ErrorResponse.
        let sns = try context.client("sns")
        let topic = Moto.uniqueName("topic")
        try await FaultProxy.shared.arm([.respond(status: 400, headers: ["Content-Type": "text/xml"],
            body: "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>r1</RequestId></ErrorResponse>")],
            scope: topic)
        try await Self.expectOneRetry(scope: topic) { try await sns.createTopic(Name: topic) }
    }

    @Test func nonRetryableErrorIsSentOnce() async throws {
        let context = try await Self.context()
        let (bucket, key) = (Moto.uniqueName("denied"), Moto.uniqueName("key"))
        _ = try await context.s3.createBucket(Bucket: bucket)
        try await FaultProxy.shared.arm([.respond(status: 403, headers: ["Content-Type": "application/xml"],
            body: "<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>")], scope: key)
        let error = try #require(await Moto.clientError { _ = try await context.s3.getObject(Bucket: bucket, Key: key) })
        #expect(error.code == "AccessDenied")
        #expect(error.response["ResponseMetadata"]?["RetryAttempts"]?.int == 0)
        #expect(try await FaultProxy.shared.records(scope: key).count == 1)
    }

    /// A 200 whose body is not the protocol's document is never taken for a success. S3 treats it
    /// as botocore does (`_handle_200_error`: a 200 whose XML does not parse is a 500): retried, and
    /// the retry's data returned. A JSON protocol's garbage body is a parse error, sent once.
    @Test(arguments: ["<<<garbage, not XML at all", "<ListBucketResult><Name>cut short", "\u{0}\u{1}\u{2}binary"])
    func garbageSuccessBodyIsNeverASuccess(garbage: String) async throws {
        let context = try await Self.context()
        let (bucket, prefix) = (Moto.uniqueName("garbage"), Moto.uniqueName("prefix"))
        _ = try await context.s3.createBucket(Bucket: bucket)
        _ = try await context.s3.putObject(Bucket: bucket, Key: prefix + "/a", Body: Data("a".utf8))
        try await FaultProxy.shared.arm([.garbage(body: garbage)], scope: prefix)
        try await Self.expectOneRetry(scope: prefix) {
            let output = try await context.s3.listObjectsV2(Bucket: bucket, Prefix: prefix)
            #expect(output["Contents"]?[0]?["Key"]?.string == prefix + "/a")
            return output
        }

        let dynamodb = try context.client("dynamodb")
        let table = Moto.uniqueName("garbage-table")
        try await FaultProxy.shared.arm([.respond(status: 200, headers: ["Content-Type": "application/x-amz-json-1.0"], body: garbage)],
                                        scope: table)
        _ = await #expect(throws: ProtocolError.self) { _ = try await dynamodb.describeTable(TableName: table) }
        #expect(try await FaultProxy.shared.records(scope: table).count == 1)
    }

    // MARK: Hidden resends (a reused keep-alive connection reset before any response byte)

    /// With retries off, the request goes out once: the transport must not resend it on its own.
    /// A message that a hidden resend would deliver is not in the queue. (libcurl transport: the
    /// one that can stop libcurl's resend; see `urlSessionOnLinuxResendsOnItsOwnAsDocumented`.)
    @Test func resetOfAReusedConnectionIsNotResentWithRetriesOff() async throws {
        let context = try await Self.context(attempts: 1, kind: .curl)
        let sqs = try context.client("sqs")
        let queue = Moto.uniqueName("once")
        let url = try #require(try await sqs.createQueue(QueueName: queue)["QueueUrl"]?.string)
        _ = try await sqs.getQueueAttributes(QueueUrl: url)  // the connection is now idle in the pool
        let before = try await FaultProxy.shared.records(scope: queue).count
        try await FaultProxy.shared.arm([.reset], scope: queue)
        _ = await #expect(throws: HTTPTransportError.self) { _ = try await sqs.sendMessage(QueueUrl: url, MessageBody: "exactly once") }
        let records = try await FaultProxy.shared.records(scope: queue)
        #expect(records.count - before == 1, "\(records)")
        #expect(records.last?.reused == true, "the reset must hit a reused connection: \(records)")
        let received = try await sqs.receiveMessage(QueueUrl: url, WaitTimeSeconds: 0)
        #expect(received["Messages"]?.array?.isEmpty ?? true)
    }

    /// With retries on, the one resend is the retry policy's: counted in `RetryAttempts`.
    @Test(arguments: ["GET", "PUT"])
    func resetOfAReusedConnectionIsRetriedByThePolicy(method: String) async throws {
        let context = try await Self.context(kind: .curl)
        let (bucket, key) = (Moto.uniqueName("reused"), Moto.uniqueName("key"))
        let body = Data((0..<(64 << 10)).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        _ = try await context.s3.createBucket(Bucket: bucket)
        _ = try await context.s3.putObject(Bucket: bucket, Key: key, Body: body)
        let before = try await FaultProxy.shared.records(scope: key).count
        try await FaultProxy.shared.arm([.reset], scope: key)
        let clock = ContinuousClock()
        let start = clock.now
        let output = method == "GET" ? try await context.s3.getObject(Bucket: bucket, Key: key)
            : try await context.s3.putObject(Bucket: bucket, Key: key, Body: body)
        // A PUT resent by FoundationNetworking on its own (head without body) stalls a whole read timeout.
        #expect(clock.now - start < .seconds(Self.readTimeout + 1 + 10))
        #expect(output["ResponseMetadata"]?["RetryAttempts"]?.int == 1)
        let records = try await FaultProxy.shared.records(scope: key)
        #expect(records.count - before == 2, "\(records)")
        #expect(records[before].reused, "the reset must hit a reused connection: \(records)")
        if method == "GET" { #expect(output["Body"]?.data == body) }
        #expect(try await context.s3.getObject(Bucket: bucket, Key: key)["Body"]?.data == body)
    }

    #if canImport(FoundationNetworking)
    /// The documented limitation of URLSession on Linux (see `URLSessionTransport`): libcurl inside
    /// FoundationNetworking resends a GET whose reused connection was reset, uncounted. When this
    /// fails, FoundationNetworking changed: update the documentation.
    @Test func urlSessionOnLinuxResendsOnItsOwnAsDocumented() async throws {
        let context = try await Self.context(attempts: 1, kind: .urlSession)
        let (bucket, key) = (Moto.uniqueName("documented"), Moto.uniqueName("key"))
        _ = try await context.s3.createBucket(Bucket: bucket)
        _ = try await context.s3.putObject(Bucket: bucket, Key: key, Body: Data("v".utf8))
        let before = try await FaultProxy.shared.records(scope: key).count
        try await FaultProxy.shared.arm([.reset], scope: key)
        let output = try await context.s3.getObject(Bucket: bucket, Key: key)
        #expect(output["ResponseMetadata"]?["RetryAttempts"]?.int == 0)
        let records = try await FaultProxy.shared.records(scope: key)
        #expect(records.count - before == 2, "\(records)")
        #expect(records[before].reused)
    }
    #endif

    // MARK: Adaptive retry mode

    /// Throttling responses from the proxy switch adaptive mode's client-side rate limiter on and
    /// cut its rate; every request still goes out exactly once per attempt.
    @Test func adaptiveModeStartsLimitingOnThrottling() async throws {
        let context = try await Self.context(mode: .adaptive)
        let dynamodb = try context.client("dynamodb")
        let strategy = try #require(dynamodb.runtime.retryStrategy as? AdaptiveRetryStrategy)
        let table = Moto.uniqueName("adaptive")
        _ = try await dynamodb.createTable(TableName: table, KeySchema: [["AttributeName": "id", "KeyType": "HASH"]],
                                           AttributeDefinitions: [["AttributeName": "id", "AttributeType": "S"]],
                                           BillingMode: "PAY_PER_REQUEST")
        for _ in 0..<5 { _ = try await dynamodb.describeTable(TableName: table) }
        #expect(!strategy.limiter.isEnabled, "no throttle yet: no limit")
        let throttle = FaultProxy.Fault.respond(status: 400, headers: ["Content-Type": "application/x-amz-json-1.0"],
            body: #"{"__type": "com.amazonaws.dynamodb.v20120810#ThrottlingException", "message": "Rate exceeded"}"#)
        try await FaultProxy.shared.arm([throttle, throttle], scope: table)
        let before = try await FaultProxy.shared.records(scope: table).count
        let output = try await dynamodb.describeTable(TableName: table)
        #expect(output["ResponseMetadata"]?["RetryAttempts"]?.int == 2)
        #expect(try await FaultProxy.shared.records(scope: table).count - before == 3)
        #expect(strategy.limiter.isEnabled)
        // The allowed rate follows the measured one down: at most twice what was measured.
        #expect(strategy.limiter.maxRate <= max(ClientRateLimiter.maxRateAdjustScale * strategy.limiter.measuredRate, 0.5) + 1e-9)
        // Limited, calls still go through (each takes a token, waiting when the bucket is empty).
        for _ in 0..<3 { _ = try await dynamodb.describeTable(TableName: table) }

        let standard = try await Self.context(mode: .standard).client("dynamodb")
        #expect(standard.runtime.retryStrategy is StandardRetryStrategy)
    }

    // MARK: Support

    /// Clients through the proxy, on the transport the environment names.
    struct Context {
        let session: Session
        let endpoint: String
        let config: Config
        let s3: Client

        func client(_ service: String) throws -> Client {
            try session.client(service, endpointURL: endpoint, config: config)
        }
    }

    /// `kind`: the transport; by default the one the environment names.
    static func context(attempts: Int = attempts, mode: RetryMode = .standard,
                        kind: HTTPTransportKind = TestClients.motoTransportKind) async throws -> Context {
        let endpoint = try await FaultProxy.shared.endpointURL()
        _ = try await warmedUp.value(starting: { try await warmUp(endpoint: endpoint) })
        let transport = HTTPTransports.make(HTTPTransportOptions(kind: kind))
        let session = try Session(region: "us-east-1", credentials: Credentials(accessKeyID: "testing", secretAccessKey: "testing"),
                                  environment: TestClients.environment, transport: transport)
        let config = Config(connectTimeout: connectTimeout, readTimeout: readTimeout,
                            retries: RetryConfig(mode: mode, totalMaxAttempts: attempts))
        return Context(session: session, endpoint: endpoint, config: config,
                       s3: try session.client("s3", endpointURL: endpoint, config: config))
    }

    private static let warmedUp = StartOnce<Bool>()

    /// One call to each service the suite uses, with botocore's default timeouts: moto sets up a
    /// service's backend on its first request, which can take longer than the suite's short read
    /// timeout on a loaded machine.
    private static func warmUp(endpoint: String) async throws -> Bool {
        let session = try Session(region: "us-east-1", credentials: Credentials(accessKeyID: "testing", secretAccessKey: "testing"),
                                  environment: TestClients.environment)
        _ = try await session.client("s3", endpointURL: endpoint).listBuckets()
        _ = try await session.client("dynamodb", endpointURL: endpoint).listTables()
        _ = try await session.client("sqs", endpointURL: endpoint).listQueues()
        _ = try await session.client("sns", endpointURL: endpoint).listTopics()
        return true
    }

    /// Runs `call` (a fault armed for `scope`): it succeeds after exactly one retry, and the proxy
    /// saw exactly two more requests of the scope.
    static func expectOneRetry(scope: String, sourceLocation: SourceLocation = #_sourceLocation,
                               _ call: () async throws -> Document) async throws {
        let before = try await FaultProxy.shared.records(scope: scope).count
        let output = try await call()
        #expect(output["ResponseMetadata"]?["RetryAttempts"]?.int == 1, "\(scope)", sourceLocation: sourceLocation)
        let after = try await FaultProxy.shared.records(scope: scope).count
        #expect(after - before == 2, "\(scope)", sourceLocation: sourceLocation)
    }
}
